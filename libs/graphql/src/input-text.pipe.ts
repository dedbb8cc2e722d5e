import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { inputTextProblems, ValidationFailed } from '@app/kernel';

/**
 * Every argument of every resolver, over HTTP and the WebSocket alike, is checked for texts no field may hold (see
 * inputTextProblems) before any handler runs: bad input is a coded error with the field named, never a PostgreSQL
 * error, and nothing is changed.
 */
@Injectable()
export class InputTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    // Only what the client sent: GraphQL arguments (which Nest reports as 'body'), not the caller or the context.
    if (metadata.type !== 'body') return value;
    const problems = inputTextProblems(value, metadata.data ?? '');
    if (problems.length) throw new ValidationFailed(problems);
    return value;
  }
}
