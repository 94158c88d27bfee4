export default {
  title: 'Organization home',
  menu: 'Home',
  yourRoles: 'Your roles here',
  shortcuts: 'Shortcuts',
  government: 'Government buyer',
  governmentText: 'Service-purchase contracts and the buyer dashboard come in a later release.',
}
