export default {
  title: '机构首页',
  menu: '首页',
  yourRoles: '你在本机构的角色',
  shortcuts: '常用功能',
  government: '政府购买方',
  governmentText: '购买服务的合同与监管看板将在后续版本提供。',
}
