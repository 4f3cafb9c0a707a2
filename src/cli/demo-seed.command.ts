import { createHttpApp } from '../app/http-app.js';
import { issueToken } from '../shared/auth/issue-token.js';
import type { CliCommand } from './cli-command.js';
import { ApiClient, injectTransport } from './demo/api-client.js';
import { seedSchool } from './demo/seed-school.js';
import { withRuntime } from './with-runtime.js';

export const demoSeed: CliCommand = {
  name: 'demo seed',
  usage: '',
  summary:
    'Load a realistic school (5,861 students, six colleges, a 140-seat congress in quorum) through the real API.',
  help: [
    'Registers the school union, six college unions with their league and party organisations and class league',
    'branches, and the oversight bodies; imports a generated roll of 5,861 students; convenes a 140-seat congress;',
    'recommends, elects and qualifies its delegates (92 non-officers, as in the seed); opens a sitting and checks in',
    'enough delegates for quorum; runs a proposal round and a charter amendment; takes six presidium candidates',
    'through every approving body and sets the election up, so its filing packet prints. Every step is an HTTP request with the role that owns it, so every step is an',
    'attributable event. Refuses to run twice (the school union would already exist).',
  ].join('\n'),
  run: () =>
    withRuntime(async (runtime) => {
      const app = await createHttpApp(runtime);
      await app.init();
      await app.getHttpAdapter().getInstance().ready();
      runtime.projections.start();
      const client = new ApiClient(injectTransport(app));
      const existing = await client.send(
        'GET',
        '/api/v1/organisations/school',
        issueToken(runtime.config.jwtSecret, runtime.config.jwtIssuer, 'demo-admin', [{ role: 'admin', org: '*' }]),
      );
      if (existing.status === 200) {
        console.error('The school union "school" is already registered: the demo was seeded before. Nothing done.');
        await app.close();
        return 1;
      }
      const started = Date.now();
      const report = await seedSchool(client, runtime.config, (line) => console.error(`… ${line}`));
      await app.close();
      console.log(JSON.stringify(report, null, 2));
      console.error(`seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      return 0;
    }),
};
