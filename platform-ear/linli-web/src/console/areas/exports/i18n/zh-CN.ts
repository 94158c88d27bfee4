export default {
  menu: '数据导出',
  title: '数据导出',
  intro: '导出文件含个人信息（证件号码、手机号码已脱敏），每次导出都会记入审计日志，请妥善保管。',
  volunteers: '志愿者名册',
  volunteersText: '本机构全部志愿者的登记信息。',
  records: '服务记录',
  recordsText: '按服务日期导出服务记录，不选日期则导出全部。',
  csv: '下载 CSV',
  xlsx: '下载 Excel',
  saved: '已下载 {name}',
}
