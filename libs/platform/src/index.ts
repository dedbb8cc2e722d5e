export { PlatformModule, PlatformOptions } from './platform.module';
