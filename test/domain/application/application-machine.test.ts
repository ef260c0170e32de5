import {
  APPLICATION_STATUSES,
  availableSteps,
  checkStep,
  TRANSITIONS,
  type Actor,
  type ApplicationStatus,
  type ApplicationStep,
} from '../../../src/domain/application/application-machine'

const ALL_ACTORS: Actor[] = ['applicant', 'owner', 'approver']

/** The whole table spelled out: step → the statuses it may start from. */
const EXPECTED_FROM: Record<ApplicationStep, (ApplicationStatus | null)[]> = {
  submit: [null],
  resubmit: ['returned'],
  accept: ['submitted'],
  recordInvestigation: ['investigating'],
  recordEvaluation: ['evaluating'],
  startPublicity: ['evaluated'],
  endPublicity: ['publicizing'],
  approve: ['awaitingApproval'],
  file: ['approved'],
  return: ['submitted', 'investigating', 'evaluating', 'evaluated', 'publicizing', 'awaitingApproval', 'approved'],
  reject: ['submitted', 'investigating', 'evaluating', 'evaluated', 'publicizing', 'awaitingApproval', 'approved'],
  markFalseDeclaration: ['submitted', 'investigating', 'evaluating', 'evaluated', 'publicizing', 'awaitingApproval', 'approved'],
}

const steps = Object.keys(TRANSITIONS) as ApplicationStep[]
const states: (ApplicationStatus | null)[] = [null, ...APPLICATION_STATUSES]

describe('application state machine', () => {
  describe.each(steps)('%s', (step) => {
    it.each(states.map((s) => [s ?? '(none)', s]))('from %s', (_label, from) => {
      const result = checkStep(step, from, ALL_ACTORS)
      if (EXPECTED_FROM[step].includes(from)) expect(result).toEqual({ ok: true, to: TRANSITIONS[step].to })
      else expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/不能/) })
    })

    it('is refused to everyone but its actor', () => {
      const from = EXPECTED_FROM[step][0] ?? null
      for (const actor of ALL_ACTORS) expect(checkStep(step, from, [actor]).ok).toBe(actor === TRANSITIONS[step].actor)
    })
  })

  it('walks the happy path from submission to filing', () => {
    const path: [ApplicationStep, Actor][] = [
      ['submit', 'applicant'],
      ['accept', 'owner'],
      ['recordInvestigation', 'owner'],
      ['recordEvaluation', 'owner'],
      ['startPublicity', 'owner'],
      ['endPublicity', 'owner'],
      ['approve', 'approver'],
      ['file', 'approver'],
    ]
    let status: ApplicationStatus | null = null
    for (const [step, actor] of path) {
      const r = checkStep(step, status, [actor])
      if (!r.ok) throw new Error(r.reason)
      status = r.to
    }
    expect(status).toBe('filed')
    expect(availableSteps('filed', ALL_ACTORS)).toEqual([])
  })

  it('explains a refusal in Chinese', () => {
    expect(checkStep('approve', 'publicizing', ALL_ACTORS)).toEqual({ ok: false, reason: '当前状态为“公示中”，不能审批通过' })
    expect(checkStep('approve', 'awaitingApproval', ['owner'])).toEqual({ ok: false, reason: '您不能审批通过' })
  })

  it('offers the applicant only resubmission after a return', () => {
    expect(availableSteps('returned', ['applicant'])).toEqual(['resubmit'])
    expect(availableSteps('submitted', ['owner'])).toEqual(['accept', 'return', 'reject', 'markFalseDeclaration'])
  })
})
