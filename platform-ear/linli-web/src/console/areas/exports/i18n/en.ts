export default {
  menu: 'Exports',
  title: 'Exports',
  intro: 'Exports hold personal data (ID and mobile numbers masked); every export is recorded in the audit log. Keep the files safe.',
  volunteers: 'Volunteer roster',
  volunteersText: 'The registration details of every volunteer of the organization.',
  records: 'Service records',
  recordsText: 'Service records by service date; without dates, all of them.',
  csv: 'Download CSV',
  xlsx: 'Download Excel',
  saved: 'Downloaded {name}',
}
