export default {
  elderMode: '长辈模式',
  standardMode: '标准模式',
}
