export default {
  group: 'Platform',
  orgs: {
    title: 'Organizations',
    menu: 'Organizations',
    name: 'Name',
    id: 'Id',
    type: 'Type',
    creditCode: 'Unified social credit code',
    region: 'Region',
    status: 'Status',
    createdAt: 'Registered',
    allStatuses: 'All statuses',
  },
}
