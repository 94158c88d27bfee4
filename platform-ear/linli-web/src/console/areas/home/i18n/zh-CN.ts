export default {
  title: '机构工作台',
  welcome: '欢迎使用邻里。',
}
