import './access-enums.graphql';
export * from './domain/unit-kind';
export * from './domain/principal';
export * from './data-scope/data-scope';
export * from './data-scope/scoped-db';
export * from './policy/access-policy';
export * from './request-context';
export * from './auth.guard';
export * from './current-request.decorator';
