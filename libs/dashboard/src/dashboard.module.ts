import { Module } from '@nestjs/common';
import { ScopedDb } from '@app/access';
import { DashboardResolver } from './dashboard.resolver';
import { DashboardService } from './dashboard.service';

/** The workbench's figures (工作台): aggregates over the incident, task, letter and unit read models. */
@Module({ providers: [ScopedDb, DashboardService, DashboardResolver], exports: [DashboardService] })
export class DashboardModule {}
