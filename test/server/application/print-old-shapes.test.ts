/**
 * Cases filed before staff decided 建档标准 and the 解困脱困对象 section, before
 * 是否正在领取低保 was asked and while 建筑面积 was a band: they still open and
 * print, with what they carried (the form's own 建档标准, the band, blanks).
 */
import JSZip from 'jszip'
import type { ApplicationDoc } from '../../../cloudfunctions/features/application/application.doc'
import { dataOf, makeTestEnv, type TestEnv } from '../../support/test-deps'
import { act, submitted } from './support/application-form'

const DAY = 86_400_000
const OWNER = 'demo-staff-u01'
const COUNTY = 'demo-staff-d130306'

const textOf = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')

async function documentText(env: TestEnv, url: string): Promise<string> {
  const bytes = await env.deps.files.read(decodeURIComponent(url.slice('/files/'.length).split('?')[0]!))
  return textOf(await (await JSZip.loadAsync(bytes!)).file('word/document.xml')!.async('string'))
}

/** Rewrites the stored case as the older code stored it. */
async function asStoredBefore(env: TestEnv, applicationId: string): Promise<void> {
  const { store, keys } = env.deps
  const doc = (await store.get<ApplicationDoc>('applications', applicationId))!
  const sealed = JSON.parse(keys.open(doc.sealed)) as { form: Record<string, unknown>; declaration: Record<string, unknown> }
  const { receivesDibao: _, ...declaration } = sealed.declaration
  const form = { ...sealed.form, floorArea: '20-50', filingCriterion: 'sudden-event' }
  const { filingCriterion: __, targeting: ___, helperUnit: ____, enteredBy: _____, ...filed } = doc.filed!
  const { by: ______, ...approval } = doc.approval!
  await store.update<ApplicationDoc>('applications', applicationId, doc.version, {
    sealed: keys.seal(JSON.stringify({ form, declaration })),
    filed: filed as ApplicationDoc['filed'],
    approval,
    acceptedBy: undefined,
  })
}

it('an older filed case still opens and prints its 档案表 and 申报表', async () => {
  const env = await makeTestEnv()
  try {
    const { id: applicationId } = await submitted(env)
    const run = async (userId: string, action: string, data: Record<string, unknown> = {}) => dataOf(await act(env, userId, action, { applicationId, ...data }))
    await run(OWNER, 'accept')
    await run(OWNER, 'recordInvestigation', { visitDate: '2026-11-22', investigators: ['孙建平', '何丽娟'], findings: '收入属实' })
    await run(OWNER, 'recordEvaluation', { meetingDate: '2026-11-22', attendance: 9, result: 'agree' })
    env.clock.advance(DAY)
    await run(OWNER, 'startPublicity', { startDate: '2026-11-23' })
    env.clock.advance(5 * DAY)
    await run(OWNER, 'endPublicity')
    await run(COUNTY, 'approve')
    await run(COUNTY, 'file', { fileLevel: '县(区)级', category: '低保边缘户', fileType: '城镇困难职工', helperId: 'demo-helper1' })
    await asStoredBefore(env, applicationId)

    expect(dataOf(await act(env, COUNTY, 'detail', { applicationId }))).toMatchObject({ status: 'filed' })
    const file = await documentText(env, dataOf<{ url: string }>(await act(env, COUNTY, 'print', { applicationId })).url)
    for (const s of ['低保边缘户', '城镇困难职工', '家庭人均收入在当地最低生活保障标准３倍（含）以内', '20至50㎡', '林国栋']) expect(file).toContain(s)
    const declaration = await documentText(env, dataOf<{ url: string }>(await act(env, COUNTY, 'printDeclaration', { applicationId })).url)
    expect(declaration).toContain('是否正在领取低保')
    expect(declaration).not.toMatch(/是否正在领取低保[是否]/)
  } finally {
    await env.close()
  }
})
