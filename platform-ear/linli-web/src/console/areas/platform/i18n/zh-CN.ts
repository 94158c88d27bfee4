export default {
  group: '平台管理',
  orgs: {
    title: '组织管理',
    menu: '组织',
    name: '名称',
    id: '标识',
    type: '类型',
    creditCode: '统一社会信用代码',
    region: '行政区划',
    status: '状态',
    createdAt: '登记时间',
    allStatuses: '全部状态',
  },
}
