import {
  availableFileSteps,
  checkFileStep,
  FILE_STATUSES,
  FILE_TRANSITIONS,
  isActiveFile,
  type FileActor,
  type FileStatus,
  type FileStep,
} from '../../../src/domain/file/file-machine'

const ALL_ACTORS: FileActor[] = ['owner', 'helper', 'chair', 'reviewer', 'receiver']

/** The whole table spelled out: step → the statuses it may start from, where it leads, who takes it. */
const EXPECTED: Record<FileStep, { from: FileStatus[]; to: FileStatus | 'same'; actors: FileActor[] }> = {
  evaluate: { from: ['active'], to: 'same', actors: ['owner', 'helper'] },
  certifyExit: { from: ['active'], to: 'cancelled', actors: ['chair'] },
  certifyContinue: { from: ['active'], to: 'same', actors: ['chair'] },
  cancel: { from: ['active', 'suspended'], to: 'cancelled', actors: ['owner'] },
  confirm: { from: ['active', 'suspended'], to: 'active', actors: ['reviewer'] },
  sendBack: { from: ['active'], to: 'suspended', actors: ['reviewer'] },
  update: { from: ['active', 'suspended'], to: 'same', actors: ['owner'] },
  transfer: { from: ['active'], to: 'transferring', actors: ['owner'] },
  acceptTransfer: { from: ['transferring'], to: 'active', actors: ['receiver'] },
  restore: { from: ['cancelled'], to: 'restoring', actors: ['owner'] },
  refile: { from: ['restoring'], to: 'restored', actors: ['owner'] },
  abandonRestore: { from: ['restoring'], to: 'cancelled', actors: ['owner'] },
}

const steps = Object.keys(FILE_TRANSITIONS) as FileStep[]

describe('file state machine', () => {
  it('spells out every step', () => expect(steps.sort()).toEqual((Object.keys(EXPECTED) as FileStep[]).sort()))

  describe.each(steps)('%s', (step) => {
    it.each(FILE_STATUSES.map((s) => [s]))('from %s', (from) => {
      const result = checkFileStep(step, from, ALL_ACTORS)
      const expected = EXPECTED[step]
      if (expected.from.includes(from)) expect(result).toEqual({ ok: true, to: expected.to === 'same' ? from : expected.to })
      else expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/^档案当前状态为“.+”，不能/) })
    })

    it.each(ALL_ACTORS.map((a) => [a]))('as %s alone', (actor) => {
      const from = EXPECTED[step].from[0] as FileStatus
      const result = checkFileStep(step, from, [actor])
      if (EXPECTED[step].actors.includes(actor)) expect(result.ok).toBe(true)
      else expect(result).toEqual({ ok: false, reason: `您不能${FILE_TRANSITIONS[step].label}` })
    })
  })

  it('walks a file from filing through 脱困, restoration and a new active period', () => {
    const path: [FileStep, FileActor, FileStatus][] = [
      ['evaluate', 'helper', 'active'],
      ['evaluate', 'owner', 'active'],
      ['certifyExit', 'chair', 'cancelled'],
      ['restore', 'owner', 'restoring'],
      ['refile', 'owner', 'restored'],
    ]
    let status: FileStatus = 'active'
    for (const [step, actor, expected] of path) {
      const r = checkFileStep(step, status, [actor])
      if (!r.ok) throw new Error(r.reason)
      status = r.to
      expect(status).toBe(expected)
    }
    expect(availableFileSteps('restored', ALL_ACTORS)).toEqual([])
  })

  it('suspends a file sent back until it is corrected and confirmed', () => {
    expect(availableFileSteps('suspended', ['owner'])).toEqual(['cancel', 'update'])
    expect(availableFileSteps('suspended', ['reviewer'])).toEqual(['confirm'])
    expect(checkFileStep('evaluate', 'suspended', ['helper'])).toEqual({ ok: false, reason: '档案当前状态为“退回重报，暂停帮扶”，不能填写解困脱困认定书' })
  })

  it('never lets a helper cancel, nor staff certify', () => {
    expect(availableFileSteps('active', ['helper'])).toEqual(['evaluate'])
    expect(availableFileSteps('active', ['owner'])).not.toContain('certifyExit')
    expect(availableFileSteps('active', ['chair'])).toEqual(['certifyExit', 'certifyContinue'])
  })

  it('counts active, suspended and moving files as the union’s, not cancelled or superseded ones', () => {
    expect(FILE_STATUSES.filter((s) => isActiveFile(s))).toEqual(['active', 'suspended', 'transferring'])
    expect(isActiveFile(undefined)).toBe(true)
  })
})
