export default {
  title: '我的',
  welcome: '欢迎使用邻里志愿。',
}
