export default {
  title: 'Members and roles',
  menu: 'Members and roles',
  name: 'Name',
  email: 'Login e-mail',
  phone: 'Mobile',
  roles: 'Roles',
  status: 'Status',
  joinedAt: 'Joined',
  count: '{count} shown',
}
