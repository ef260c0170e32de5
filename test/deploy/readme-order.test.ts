/**
 * The README's deploy section, in both languages, reads in an order that
 * works: build (with the environment id for the mini-program) → deploy:setup
 * (functions with their runtime, triggers, collections, rules) → variables,
 * which need the functions to exist → deploy:check → the mini-program console
 * (downloadFile domain, privacy guide, service category) → upload.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

const readme = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8')
const deploy = readme.slice(readme.indexOf('## 部署到腾讯云开发'), readme.indexOf('## 许可'))
const halves = { zh: deploy.slice(0, deploy.indexOf('### English')), en: deploy.slice(deploy.indexOf('### English')) }

const ORDER = {
  zh: [
    'npm run build:functions',
    'BANGFU_CLOUD_ENV=<环境ID> npm run build:weapp',
    'npm run deploy:setup -- --env <环境ID> --dry-run',
    'Nodejs20.19',
    '**定时触发器**',
    '#### 6. 设置环境变量',
    'npm run deploy:check -- --env <环境ID>',
    'downloadFile 合法域名',
    '用户隐私保护指引',
    '服务类目',
    '#### 11. 上传小程序',
  ],
  en: [
    'npm run build:functions',
    'BANGFU_CLOUD_ENV=<envId> npm run build:weapp',
    'npm run deploy:setup -- --env <envId> --dry-run',
    'Nodejs20.19',
    '**Timer triggers**',
    '#### 6. Set the environment variables',
    'npm run deploy:check -- --env <envId>',
    'downloadFile domain',
    '用户隐私保护指引',
    'Service category',
    '#### 11. Upload the mini-program',
  ],
}

describe('README deploy section', () => {
  it.each(['zh', 'en'] as const)('(%s) puts the steps in an order that works', (lang) => {
    const text = halves[lang]
    const positions = ORDER[lang].map((marker) => [marker, text.indexOf(marker)] as const)
    expect(positions.filter(([, at]) => at < 0).map(([marker]) => marker)).toEqual([])
    const sorted = [...positions].sort((a, b) => a[1] - b[1]).map(([marker]) => marker)
    expect(sorted).toEqual(ORDER[lang])
  })

  it.each(['zh', 'en'] as const)('(%s) says which WeChat base library is supported', (lang) => {
    expect(halves[lang]).toContain('2.10.0')
  })
})
