/**
 * A filed household and valid visits for the visit tests: 李大勇's
 * application (青石机械厂工会 u01, region 130306, B = 550, 3 people) taken
 * through every staff step and filed by the county (d130306) with a helper,
 * photos uploaded for real, and a visit form that passes the schema.
 */
import { acceptUpload } from '../../../../cloudfunctions/features/uploads/uploads'
import { callAs, dataOf, freshRequestId, type CallEnv } from '../../../support/test-deps'
import { png } from '../../uploads/images'
import { act, submitted } from '../../application/support/application-form'

export const GRASSROOTS = 'demo-staff-u01'
export const COUNTY = 'demo-staff-d130306'
/** 林国栋, a county cadre (d130306); helper3 唐永红 is a city cadre (c1303); helper2 谢春梅 sits under the sibling county d130304. */
export const HELPER = 'demo-helper1'
export const CITY_HELPER = 'demo-helper3'
export const OTHER_HELPER = 'demo-helper2'

/** Files the demo application on today's clock, submitted, investigated, evaluated and publicised 30 days before; returns its id. */
export async function filedCase(env: CallEnv, helperId = HELPER): Promise<string> {
  const now = env.clock.current
  env.clock.current = new Date(now.getTime() - 30 * 86_400_000)
  const { id: applicationId } = await submitted(env)
  const then = env.clock.now().toISOString().slice(0, 10)
  const steps: [string, string, Record<string, unknown>][] = [
    [GRASSROOTS, 'accept', {}],
    [GRASSROOTS, 'recordInvestigation', { visitDate: then, investigators: ['孙建平', '何丽娟'], findings: '收入属实' }],
    [GRASSROOTS, 'recordEvaluation', { meetingDate: then, attendance: 7, result: 'agree' }],
    [GRASSROOTS, 'startPublicity', { startDate: then }],
    ['now', '', {}],
    [GRASSROOTS, 'endPublicity', {}],
    [COUNTY, 'approve', {}],
    [COUNTY, 'file', { fileLevel: '县(区)级', category: '低保边缘户', fileType: '城镇困难职工', helperId }],
  ]
  for (const [user, action, data] of steps) {
    if (user === 'now') env.clock.current = now
    else dataOf(await act(env, user, action, { applicationId, ...data }))
  }
  return applicationId
}

let photoCounter = 0

/** `count` real photos uploaded by `userId` for visits; returns their upload ids. */
export async function photos(env: CallEnv, userId: string, count = 1, purpose: 'visitPhoto' | 'attachment' = 'visitPhoto'): Promise<string[]> {
  const ids: string[] = []
  for (let i = 0; i < count; i += 1) {
    const uploadId = `visit-photo-${(photoCounter += 1)}`
    await acceptUpload(env.deps, { userId }, { uploadId, purpose, bytes: await png(320, 240) })
    ids.push(uploadId)
  }
  return ids
}

export function visitForm(applicationId: string, photoIds: string[], patch: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    applicationId,
    type: 'plan',
    happenedAt: '2026-11-22 10:00',
    participants: ['林国栋', '孙建平'],
    situation: '妻子住院治疗，孩子上初中，家中收入仍靠本人工资',
    changes: '妻子病情稳定',
    measures: [{ text: '协助申请医疗救助', delivered: false }],
    photos: photoIds,
    acknowledgment: { acknowledged: true, by: '李大勇' },
    ...patch,
  }
}

/** Calls a `visit` action with a fresh request id unless one is given. */
export const visitAct = (env: CallEnv, userId: string | null, action: string, data?: unknown, requestId = freshRequestId()) =>
  callAs(env, userId, 'visit', action, data, requestId)
