export default {
  title: '成员与角色',
  menu: '成员与角色',
  name: '姓名',
  email: '登录邮箱',
  phone: '手机号码',
  roles: '角色',
  status: '状态',
  joinedAt: '加入时间',
  count: '已显示 {count} 人',
}
