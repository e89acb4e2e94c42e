import { defineModule, field } from '../define';

/** Routers and error directives: specs only; the engine implements them (apps/contract.ts). */
export const router = defineModule(
  {
    id: 'builtin:BasicRouter',
    label: 'Router',
    description:
      'Sends each bundle down every route whose filter passes, in order; the fallback route runs only when none passed.',
    kind: 'router',
    parameters: [field('else', 'Fallback route', 'integer')],
  },
  {},
);

const directive = (
  id: string,
  label: string,
  description: string,
  mapper = [] as ReturnType<typeof field>[],
) => defineModule({ id, label, description, kind: 'directive', mapper }, {});

export const directives = [
  directive(
    'builtin:Ignore',
    'Ignore',
    'Drops the failed bundle; the rest go on and the run succeeds.',
  ),
  directive(
    'builtin:Resume',
    'Resume',
    'Replaces the failed module’s output with the fields set here, and goes on.',
  ),
  directive(
    'builtin:Commit',
    'Commit',
    'Stops the run and commits what was done; the run succeeds.',
  ),
  directive(
    'builtin:Rollback',
    'Rollback',
    'Stops the run and rolls back this cycle; the run fails.',
  ),
  directive(
    'builtin:Break',
    'Break',
    'Stores the failed bundle as an incomplete execution; the rest go on (warning).',
    [
      field('retry', 'Automatically complete execution', 'boolean', { default: true }),
      field('count', 'Number of attempts', 'integer', { default: 3 }),
      field('interval', 'Interval between attempts', 'integer', { default: 15, help: 'minutes' }),
    ],
  ),
];
