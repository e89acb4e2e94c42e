/** regexp: the Text parser — Match pattern, Replace, HTML to text. */
import { htmlToTextModule } from './html-to-text-module';
import { parser, replace } from './parser';

export const regexpModules = [parser, replace, htmlToTextModule];
