/**
 * Demo data loaded on a fresh DATA_DIR. Region codes are real (GB/T 2260:
 * Hebei 13, Qinhuangdao 1303, Funing 130306, Beidaihe 130304); every person,
 * union and company name is made up, and ID numbers are generated with a
 * valid check character for people who do not exist.
 */
import type { Role } from '../../src/domain/account/roles'
import { checkCharacter } from '../../src/domain/shared/id-number'
import { childPath, type Union, type UnionLevel } from '../../src/domain/union/union'
import type { UserDoc } from '../core/caller'
import type { Deps } from '../core/deps'
import { helperPlacedIn } from '../core/subtree'
import { dispatch, type Logger } from '../core/dispatch'
import { FUNCTIONS } from '../features/registry'

type UnionSeed = { id: string; name: string; level: UnionLevel; regionCode: string; parentId: string | null }

const UNIONS: UnionSeed[] = [
  { id: 'p13', name: '演示省总工会', level: 'province', regionCode: '130000', parentId: null },
  { id: 'c1303', name: '演示市总工会', level: 'city', regionCode: '130300', parentId: 'p13' },
  { id: 'd130306', name: '青石区总工会', level: 'county', regionCode: '130306', parentId: 'c1303' },
  { id: 'd130304', name: '松涛区总工会', level: 'county', regionCode: '130304', parentId: 'c1303' },
  { id: 'u01', name: '青石机械厂工会', level: 'grassroots', regionCode: '130306', parentId: 'd130306' },
  { id: 'u02', name: '青石街道工会联合会', level: 'grassroots', regionCode: '130306', parentId: 'd130306' },
  { id: 'u03', name: '松涛纺织公司工会', level: 'grassroots', regionCode: '130304', parentId: 'd130304' },
  { id: 'u04', name: '松涛第二中学工会', level: 'grassroots', regionCode: '130304', parentId: 'd130304' },
]

export type DemoAccount = {
  account: string
  userId: string
  name: string
  roles: Role[]
  unionId?: string
  /** For employees: the union and fictional details they bind with (pre-bound unless `bindOnStart` is false). */
  employee?: { idNumber: string; mobile: string; unionId: string; bindOnStart: boolean }
}

/** A fictional ID number: region + birth date + sequence + check character. */
export function demoIdNumber(region: string, birth: string, seq: number): string {
  const first17 = `${region}${birth.replace(/-/g, '')}${String(seq).padStart(3, '0')}`
  return first17 + checkCharacter(first17)
}

const staff = (account: string, name: string, unionId: string): DemoAccount => ({ account, userId: `demo-${account}`, name, roles: ['staff'], unionId })
/** 工会主席: one per grassroots union, who confirms its 解困脱困认定书 (admin-assigned in a real deployment). */
const chair = (account: string, name: string, unionId: string): DemoAccount => ({
  account,
  userId: `demo-${account}`,
  name,
  roles: ['staff', 'chair'],
  unionId,
})
const helper = (account: string, name: string, unionId: string): DemoAccount => ({ account, userId: `demo-${account}`, name, roles: ['helper'], unionId })
const employee = (n: number, name: string, unionId: string, idNumber: string, bindOnStart = true): DemoAccount => ({
  account: `employee${n}`,
  userId: `demo-employee${n}`,
  name,
  roles: ['employee'],
  employee: { idNumber, mobile: `1700000${String(n).padStart(4, '0')}`, unionId, bindOnStart },
})

export const DEMO_ACCOUNTS: DemoAccount[] = [
  employee(1, '王小梅', 'u01', demoIdNumber('130306', '1984-03-12', 22), false),
  employee(2, '李大勇', 'u01', demoIdNumber('130306', '1976-11-05', 31)),
  employee(3, '张秀英', 'u02', demoIdNumber('130306', '1969-07-21', 46)),
  employee(4, '刘建军', 'u03', demoIdNumber('130304', '1981-01-30', 17)),
  employee(5, '赵桂兰', 'u04', demoIdNumber('130304', '1972-09-08', 64)),
  staff('staff-u01', '孙建平', 'u01'),
  staff('staff-u02', '何丽娟', 'u02'),
  staff('staff-u03', '马志远', 'u03'),
  staff('staff-u04', '黄雅琴', 'u04'),
  chair('chair-u01', '高振华', 'u01'),
  chair('chair-u02', '罗淑芬', 'u02'),
  chair('chair-u03', '韩志刚', 'u03'),
  chair('chair-u04', '许慧敏', 'u04'),
  staff('staff-d130306', '吴海峰', 'd130306'),
  staff('staff-d130304', '郑晓燕', 'd130304'),
  staff('staff-c1303', '陈立群', 'c1303'),
  staff('staff-p13', '周文澜', 'p13'),
  helper('helper1', '林国栋', 'd130306'),
  helper('helper2', '谢春梅', 'd130304'),
  helper('helper3', '唐永红', 'c1303'),
  { account: 'admin', userId: 'demo-admin', name: '系统管理员', roles: ['admin'], unionId: 'p13' },
  /** 本级管理员 of the city union: administers c1303 and below, nothing above or beside it. */
  { account: 'admin-c1303', userId: 'demo-admin-c1303', name: '冯思远', roles: ['subtreeAdmin'], unionId: 'c1303' },
]

/** 职务 and work phone printed on the worker's 联系卡: fictional titles, numbers in the 170 range no one holds. */
const WORK: Record<string, string> = {
  'staff-u01': '工会主席',
  'staff-u02': '工会联合会副主席',
  'staff-u03': '工会主席',
  'staff-u04': '工会主席',
  'staff-d130306': '保障工作部部长',
  'staff-d130304': '保障工作部部长',
  'staff-c1303': '帮扶中心主任',
  'staff-p13': '保障工作部干部',
  helper1: '青石区总工会副主席',
  helper2: '松涛区总工会干部',
  helper3: '市总工会干部',
}

function workOf(deps: Deps, account: string, index: number): UserDoc['work'] {
  const title = WORK[account]
  return title ? { title, phoneSealed: deps.keys.seal(`1700001${String(index).padStart(4, '0')}`) } : undefined
}

export function unionName(id: string | undefined): string {
  return UNIONS.find((u) => u.id === id)?.name ?? ''
}

/** Loads the demo data unless the store already has users. Returns whether it loaded. */
export async function loadDemoData(deps: Deps, log: Logger): Promise<boolean> {
  if ((await deps.store.count('users')) > 0) return false
  const paths = new Map<string, string>()
  const now = deps.clock.now().toISOString()
  await deps.store.transaction(async (tx) => {
    for (const u of UNIONS) {
      const path = childPath(u.parentId ? (paths.get(u.parentId) ?? null) : null, u.id)
      paths.set(u.id, path)
      await tx.insert<Omit<Union, 'id'>>('unions', u.id, { name: u.name, level: u.level, regionCode: u.regionCode, parentId: u.parentId, path })
    }
    for (const [index, a] of DEMO_ACCOUNTS.entries()) {
      const work = workOf(deps, a.account, index)
      const doc: UserDoc = {
        displayName: a.name,
        roles: a.roles,
        createdAt: now,
        ...(a.roles.includes('staff') && a.unionId ? { staffUnionId: a.unionId } : {}),
        ...(a.roles.includes('chair') && a.unionId ? { chairUnionId: a.unionId } : {}),
        ...(a.roles.includes('subtreeAdmin') && a.unionId ? { adminUnionId: a.unionId } : {}),
        ...(a.roles.includes('helper') && a.unionId ? helperPlacedIn({ id: a.unionId, path: paths.get(a.unionId) ?? '' }) : {}),
        ...(work ? { work } : {}),
      }
      await tx.insert('users', a.userId, doc)
    }
  })
  // Employees bind through the real action, so their data is sealed exactly as a user's would be.
  for (const a of DEMO_ACCOUNTS) {
    if (!a.employee?.bindOnStart) continue
    const { idNumber, mobile, unionId } = a.employee
    const event = { action: 'bindProfile', data: { name: a.name, idNumber, mobile, unionId }, requestId: `demo-seed-${a.account}` }
    const result = await dispatch('account', FUNCTIONS.account ?? {}, event, { kind: 'user', userId: a.userId }, deps, log)
    if (!result.ok) throw new Error(`demo data: binding ${a.account} failed: ${result.error.message}`)
  }
  return true
}
