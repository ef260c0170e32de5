// Taro's build reads this file from the project root; it cannot live in config/.
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
}
