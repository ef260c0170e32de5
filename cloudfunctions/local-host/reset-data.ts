/** `npm run reset-data`: deletes DATA_DIR (database, files, keys); the next start loads fresh demo data. */
import { rmSync } from 'node:fs'
import { readSettings } from './settings'

const { dataDir } = readSettings()
rmSync(dataDir, { recursive: true, force: true })
console.log(`已清空本地数据：${dataDir}\n下次 npm start 会重新载入演示数据。`)
