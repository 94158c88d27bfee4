export default {
  title: 'Organization console',
  welcome: 'Welcome to Linli.',
}
