export * from './request-context';
export * from './auth.guard';
export * from './current-request.decorator';
