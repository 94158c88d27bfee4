export default {
  organization: 'Organization',
  menu: 'Main menu',
}
