export default {
  elderMode: 'Large text',
  standardMode: 'Standard',
}
