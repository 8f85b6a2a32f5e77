// Framework stylesheets against a clean page, dark (test/host-frameworks.ts says how).
import { describeFrameworks } from './host-frameworks.js';

describeFrameworks('dark');
