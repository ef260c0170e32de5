/**
 * Taro build configuration, shared by the WeChat (weapp) and browser (h5)
 * builds. Each platform writes to its own folder under dist/.
 */
import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'

const root = path.resolve(__dirname, '..')
/** Packages whose published code uses syntax newer than ES2015 (see `mini.compile` below). */
const ES2020_PACKAGES = ['zod']

export default defineConfig<'webpack5'>(async () => {
  const config: UserConfigExport<'webpack5'> = {
    projectName: 'bangfu',
    date: '2026-11-22',
    // NutUI is drawn at 375; our own styles at 750.
    designWidth: (input) => (typeof input === 'object' && input.file?.replace(/\\+/g, '/').includes('@nutui') ? 375 : 750),
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV ?? 'weapp'}`,
    plugins: [],
    defineConstants: {
      // The CloudBase environment id the weapp build calls; empty means "use the one in project.config.json".
      CLOUD_ENV_ID: JSON.stringify(process.env.BANGFU_CLOUD_ENV ?? ''),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: true, buildDependencies: { config: [__filename] } },
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      optimizeMainPackage: { enable: true },
      // Old phones: WeChat uploads this code as is (project.config.json has es6: false), so every line must already be
      // ES2015 or older, which WeChat's JS engines run on iOS 10+ and Android 5+. Babel (targets: package.json's
      // browserslist) compiles our own code; packages in node_modules are not compiled unless listed here, and these ship
      // ES2020+ (optional chaining, ??, class fields). test/weapp/es-syntax.test.ts parses dist/weapp and names any newcomer.
      compile: { include: [(modulePath: string) => ES2020_PACKAGES.some((name) => modulePath.replace(/\\/g, '/').includes(`/node_modules/${name}/`))] },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin, [{ configFile: path.join(root, 'tsconfig.json') }])
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[contenthash:8].css', chunkFilename: 'css/[name].[chunkhash:8].css' },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin, [{ configFile: path.join(root, 'tsconfig.json') }])
      },
    },
  }
  return config
})
