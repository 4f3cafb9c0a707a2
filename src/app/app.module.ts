import { type DynamicModule, Global, Module } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { JwtModule } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { HealthController } from '../health/health.controller.js';
import { CHARTER_DEFAULTS } from '../modules/organisations/index.js';
import { MODULE_LIST } from './module-list.js';
import type { Runtime } from './runtime.js';
import { AuthGuard } from '../shared/auth/auth.guard.js';
import { CommandRunner } from '../shared/commands/command-runner.js';
import { EVENT_STORE } from '../shared/event-store/event-store.port.js';
import { CorrelationInterceptor } from '../shared/http/correlation.interceptor.js';
import { IdempotencyInterceptor } from '../shared/http/idempotency.interceptor.js';
import { ProblemFilter } from '../shared/http/problem.filter.js';
import { ReadAfterInterceptor } from '../shared/http/read-after.interceptor.js';
import { JsonLogger } from '../shared/logging/json-logger.js';
import { CharterMetrics } from '../shared/metrics/charter-metrics.js';
import { ConsistentRead } from '../shared/projections/consistent-read.js';
import { ProjectionService } from '../shared/projections/projection-service.js';
import { APP_CONFIG, CLOCK, LEDGER_KEY, LOGGER, UPCASTER_CHAIN } from '../shared/tokens.js';

/** The platform every module uses: configuration, database, event store, projections, the command runner. */
@Global()
@Module({})
class PlatformModule {
  static forRuntime(runtime: Runtime): DynamicModule {
    const providers = [
      { provide: APP_CONFIG, useValue: runtime.config },
      { provide: LOGGER, useValue: runtime.logger },
      { provide: JsonLogger, useValue: runtime.logger },
      { provide: CLOCK, useValue: runtime.clock },
      { provide: DataSource, useValue: runtime.dataSource },
      { provide: EVENT_STORE, useValue: runtime.store },
      { provide: ProjectionService, useValue: runtime.projections },
      { provide: CHARTER_DEFAULTS, useValue: runtime.charterDefaults },
      { provide: UPCASTER_CHAIN, useValue: runtime.upcast },
      { provide: CharterMetrics, useValue: runtime.metrics },
      { provide: LEDGER_KEY, useValue: runtime.ledgerKey },
      CommandRunner,
      ConsistentRead,
    ];
    return {
      module: PlatformModule,
      // A KeyObject, not the string: given a string, jsonwebtoken first tries it as a public key on every
      // verification, which cost a quarter of a command's CPU (bench/README.md).
      imports: [
        JwtModule.register({
          secret: createSecretKey(Buffer.from(runtime.config.jwtSecret)),
          verifyOptions: { algorithms: ['HS256'], issuer: runtime.config.jwtIssuer },
        }),
      ],
      providers,
      exports: [...providers.map((p) => ('provide' in p ? p.provide : p)), JwtModule],
    };
  }
}

@Module({})
export class AppModule {
  static forRuntime(runtime: Runtime): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forRuntime(runtime), CqrsModule.forRoot(), ...MODULE_LIST.map((m) => m.nestModule)],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_INTERCEPTOR, useClass: CorrelationInterceptor },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
        { provide: APP_INTERCEPTOR, useClass: ReadAfterInterceptor },
        { provide: APP_FILTER, useFactory: (logger: JsonLogger) => new ProblemFilter(logger), inject: [JsonLogger] },
      ],
    };
  }
}
