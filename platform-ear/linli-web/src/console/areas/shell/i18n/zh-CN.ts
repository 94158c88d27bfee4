export default {
  organization: '当前机构',
  menu: '主菜单',
}
