/**
 * The apply form's draft: checked with the server's schemas and keyed the way
 * the server keys its errors, each error placed on its step, papers required
 * by type, kept in storage and restored, and turned into exactly the
 * submission the server accepts.
 */
import { CONSENT_VERSION } from '../../../src/domain/application/consent'
import {
  checkDraft,
  emptyDraft,
  listsFor,
  loadDraft,
  saveDraft,
  submissionOf,
  type ApplyDraft,
  type DraftStorage,
} from '../../../src/packages/apply/form/apply-draft'
import { APPLY_STEPS, stepOfPath } from '../../../src/packages/apply/form/apply-steps'
import { paperProblems } from '../../../src/packages/apply/form/papers'
import { applicationForm, declaration } from '../../server/application/support/application-form'

const ctx = { today: '2026-11-22', regionCode: '130306', name: '李大勇' }
const stepNamed = (title: string) => APPLY_STEPS.findIndex((s) => s.title === title)

function completeDraft(): ApplyDraft {
  const { members, attachments: _, ...form } = applicationForm()
  void _
  return {
    ...emptyDraft(ctx),
    form,
    members: members as Record<string, unknown>[],
    declaration: declaration(),
    papers: [
      { uploadId: 'p-front-0001', type: 'id-card', localPath: 'a' },
      { uploadId: 'p-back-00001', type: 'id-card', localPath: 'b' },
      { uploadId: 'p-hukou-0001', type: 'household-register', localPath: 'c' },
    ],
    consentVersion: CONSENT_VERSION,
  }
}

class MemoryStorage implements DraftStorage {
  data = new Map<string, unknown>()
  read = (key: string) => this.data.get(key)
  write = (key: string, value: unknown) => void this.data.set(key, JSON.parse(JSON.stringify(value)))
  remove = (key: string) => void this.data.delete(key)
}

describe('apply draft', () => {
  it('a complete draft has no problems and the engine’s preliminary result', () => {
    const { errors, assessment } = checkDraft(completeDraft(), ctx)
    expect(errors).toEqual({})
    expect(assessment).toMatchObject({ eligible: true, criterion: 1 })
  })

  it('an empty draft names its problems in the server’s words and keys, each on its step', () => {
    const { errors } = checkDraft(emptyDraft(ctx), ctx)
    expect(errors['form.idNumber']).toBe('身份证号不能为空')
    expect(errors['form.politicalStatus']).toBe('请选择政治面貌')
    expect(errors['declaration.householdIncomeHalfYear']).toMatch(/全部家庭成员近6个月总收入/)
    expect(errors['papers.id-card']).toBe('请上传身份证照片（正面、反面各一张，还差2张）')
    expect(errors.consent).toBe('请阅读并同意授权书（声明书）后再提交')
    expect(stepOfPath('form.idNumber')).toBe(stepNamed('个人信息'))
    expect(stepOfPath('form.members.1.idNumber')).toBe(stepNamed('家庭成员'))
    expect(stepOfPath('declaration.ownedHomes')).toBe(stepNamed('收入与财产'))
    expect(stepOfPath('form.otherAnnualIncome')).toBe(stepNamed('收入与财产'))
    expect(stepOfPath('papers.id-card')).toBe(stepNamed('证明材料'))
    expect(stepOfPath('form.attachments.0.uploadId')).toBe(stepNamed('证明材料'))
    expect(stepOfPath('consent')).toBe(stepNamed('授权与提交'))
  })

  it('every field the server checks is asked on some step', () => {
    const asked = new Set(APPLY_STEPS.flatMap((s) => s.form))
    const { errors } = checkDraft({ ...emptyDraft(ctx), form: {} }, ctx)
    const unasked = Object.keys(errors).filter((k) => k.startsWith('form.') && !asked.has(k.split('.')[1] ?? ''))
    expect(unasked).toEqual([])
  })

  it('a member’s problem is named by position', () => {
    const draft = completeDraft()
    draft.members[1] = { ...draft.members[1], idNumber: '130306201009010030' }
    expect(checkDraft(draft, ctx).errors['form.members.1.idNumber']).toBe('家庭成员2的身份证号校验位不正确')
  })

  it('papers: both sides of the ID card and the household register are required', () => {
    expect(paperProblems([{ uploadId: 'x-00000001', type: 'id-card', localPath: '' }])).toEqual({
      'papers.id-card': '请上传身份证照片（正面、反面各一张，还差1张）',
      'papers.household-register': '请上传户口簿照片（户主页和本人页，还差1张）',
    })
  })

  it('the submission carries the papers as 附件 rows with their upload ids and the agreed consent', () => {
    const draft = completeDraft()
    const sent = submissionOf(draft, listsFor(ctx.regionCode, ctx.today))
    expect(sent.consent).toEqual({ version: CONSENT_VERSION, agreed: true })
    expect(sent.form.attachments).toEqual([
      { type: 'id-card', name: '身份证复印件1', uploadId: 'p-front-0001' },
      { type: 'id-card', name: '身份证复印件2', uploadId: 'p-back-00001' },
      { type: 'household-register', name: '户口簿复印件1', uploadId: 'p-hukou-0001' },
    ])
    expect(submissionOf({ ...draft, consentVersion: null }, listsFor(ctx.regionCode, ctx.today)).consent.agreed).toBe(false)
  })

  it('a saved draft comes back as it was, and a fresh one starts from the bound profile', () => {
    const storage = new MemoryStorage()
    expect(loadDraft(storage, ctx).form).toMatchObject({ name: '李大勇', hukouRegionCode: '130306' })
    const draft = { ...completeDraft(), step: 4, requestId: 'r-123' }
    saveDraft(storage, draft)
    expect(loadDraft(storage, ctx)).toEqual(draft)
  })
})
