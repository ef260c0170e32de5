/**
 * A model-based test of the application lifecycle (fast-check commands): random
 * sequences of steps, each by a random set of actors, against a model that
 * knows only the transition table. The machine never moves outside the table,
 * refuses in Chinese without moving, offers exactly the steps it would accept,
 * and every status is reached.
 */
import fc from 'fast-check'
import {
  APPLICATION_STATUSES,
  TRANSITIONS,
  availableSteps,
  checkStep,
  isOpen,
  type Actor,
  type ApplicationStatus,
  type ApplicationStep,
} from '../../../src/domain/application/application-machine'

type Model = { status: ApplicationStatus | null; seen: Set<ApplicationStatus> }
type Real = { status: ApplicationStatus | null }

const STEPS = Object.keys(TRANSITIONS) as ApplicationStep[]
const ACTORS: Actor[] = ['applicant', 'owner', 'approver']

class TakeStep implements fc.Command<Model, Real> {
  constructor(
    readonly step: ApplicationStep,
    readonly actors: Actor[],
  ) {}
  check = () => true
  run(model: Model, real: Real): void {
    const t = TRANSITIONS[this.step]
    const allowed = t.from.includes(model.status) && this.actors.includes(t.actor)
    // What the buttons offer is what the machine accepts.
    expect(availableSteps(real.status, this.actors).includes(this.step)).toBe(allowed)
    const result = checkStep(this.step, real.status, this.actors)
    if (allowed) {
      expect(result).toEqual({ ok: true, to: t.to })
      if (result.ok) real.status = result.to
      model.status = t.to
      model.seen.add(t.to)
    } else {
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.reason).toMatch(/[\u4e00-\u9fff]/)
    }
    expect(real.status).toBe(model.status)
    // Filed and rejected are final: no step leads out of them.
    if (real.status !== null && !isOpen(real.status)) expect(availableSteps(real.status, ACTORS).filter((s) => s !== 'resubmit')).toEqual([])
  }
  toString = () => `${this.step} by [${this.actors.join(',')}]`
}

/** The steps the table (not the machine) allows from `status` to `actors`, in table order: forward steps first. */
const allowedByTable = (status: ApplicationStatus | null, actors: Actor[]) =>
  STEPS.filter((step) => TRANSITIONS[step].from.includes(status) && actors.includes(TRANSITIONS[step].actor))

/**
 * One of the steps the model says is allowed now (mostly the first: the way
 * forward), so that long runs reach 建档 as well as 退回 and 不予建档.
 */
class AllowedStep implements fc.Command<Model, Real> {
  constructor(
    readonly pick: number,
    readonly actors: Actor[],
  ) {}
  check = (model: Readonly<Model>) => allowedByTable(model.status, this.actors).length > 0
  run(model: Model, real: Real): void {
    const allowed = allowedByTable(model.status, this.actors)
    new TakeStep(allowed[this.pick % allowed.length] ?? 'submit', this.actors).run(model, real)
  }
  toString = () => `allowed #${this.pick} by [${this.actors.join(',')}]`
}

const actors = fc.uniqueArray(fc.constantFrom(...ACTORS), { minLength: 1, maxLength: 3 })
/** Any step by any actors: most of these are refused. */
const anyStep = fc.record({ step: fc.constantFrom(...STEPS), actors }).map(({ step, actors }) => new TakeStep(step, actors))
const pick = fc.oneof({ weight: 8, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat(5) })
/** Often everyone at once, so the approver is there when the way forward needs one. */
const someActors = fc.oneof({ weight: 2, arbitrary: fc.constant(ACTORS) }, { weight: 1, arbitrary: actors })
const allowedStep = fc.record({ pick, actors: someActors }).map(({ pick, actors }) => new AllowedStep(pick, actors))

describe('application machine, model-based', () => {
  it('random steps by random actors never leave the transition table, and every status is reachable', () => {
    const seen = new Set<ApplicationStatus>()
    fc.assert(
      fc.property(fc.commands([anyStep, allowedStep, allowedStep, allowedStep], { maxCommands: 60 }), (commands) => {
        const model: Model = { status: null, seen }
        fc.modelRun(() => ({ model, real: { status: null } }), commands)
      }),
      { numRuns: 800 },
    )
    expect([...seen].sort()).toEqual([...APPLICATION_STATUSES].sort())
  })

  it('every status is reachable from “not yet submitted” through the table alone', () => {
    const reached = new Set<ApplicationStatus | null>([null])
    for (let grew = true; grew; ) {
      grew = false
      for (const t of Object.values(TRANSITIONS)) {
        if (t.from.some((f) => reached.has(f)) && !reached.has(t.to)) {
          reached.add(t.to)
          grew = true
        }
      }
    }
    expect(APPLICATION_STATUSES.filter((s) => !reached.has(s))).toEqual([])
  })
})
