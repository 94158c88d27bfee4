export default {
  title: 'Me',
  welcome: 'Welcome to Linli volunteering.',
}
