export * from './incidents.module';
export * from './domain/incident.enums';
export * from './domain/incident.events';
export { IncidentViewProjection } from './projections/incident-view.projection';
export { IncidentView } from './projections/incident-view.entity';
