// Line-level rules for scraped-page junk: placeholders, captions, credits, ads, share/subscribe prompts.
// Each rule looks at one trimmed line; a line is junk when any rule says so. Rules are anchored and
// length-bounded so that a real paragraph that merely mentions a photo or a newsletter survives.

export interface JunkRule {
  name: string;
  test: (line: string, lower: string) => boolean;
}

const SOCIAL = 'facebook|twitter|x|linkedin|whatsapp|telegram|instagram|threads|bluesky|tiktok|youtube|reddit|pinterest|messenger|flipboard|google news|email|e-mail|sms';
const AGENCIES =
  'reuters|ap|ap photo|afp|afp photo|getty images|getty|epa|epa-efe|efe|anadolu|anadolu agency|xinhua|bloomberg|shutterstock|alamy|pa|pa media|pa wire|imago|sipa|ansa|dpa|tass|ria novosti|kyodo|yonhap|sputnik|handout|file|pool|afp via getty images|via getty images|nurphoto|zuma|zuma press|sopa images|lightrocket|ukrinform|aap|ani|pti|ians';

// The whole line is a placeholder word, possibly numbered ("Image 2 of 5") or bracketed ("[Photo]").
const PLACEHOLDER = /^[[(]?(image|images|photo|photos|picture|pictures|video|videos|graphic|gallery|audio|infographic|illustration|embed|media|play video|watch video|loading|loading\.\.\.|map|chart)( \d+( of \d+)?)?[\])]?$/i;
// "Photo: …", "Photograph: …", "Image caption: …", "Image source, Getty Images" (BBC), "Caption: …", "Credit: …".
const CAPTION_PREFIX =
  /^[[(]?((photo|photos|photograph|photographs|picture|pictures|image|images|pictured|caption|photo credit|image credit|credit|credits|file photo|file image|illustration|video caption|top image|lead image|main image|pictured above)\s*[:|–—]|(image source|image caption|media caption|video caption|pictured)\s*,)\s*\S/i;
// A caption ending in a credit: "… Photograph: Maxim Shemetov/Reuters", "… (Photo by Jane Doe/AFP via Getty Images)".
const TRAILING_CREDIT =
  /(\b(photograph|photo|photos|picture|image|illustration|composite|video)\s*(by|:)\s*[A-Z][^.!?"“”]{1,90}|\(\s*(photo|image|picture)s?\s*(by|:|credit:?)\s*[^)]{1,90}\)|\b(AP Photo|AP|REUTERS|Reuters|AFP|AFP Photo|EPA-EFE|EPA|Getty Images|Xinhua|Anadolu|Bloomberg|Pool)\s*\/\s*[A-Z][^.!?"“”]{1,60}\)?)\s*$/;
// Any short line ending in a bare agency credit after a slash, pipe or "via": "Jane Doe/Getty Images".
const CREDIT_TAIL = new RegExp(`(\\/|\\||\\bvia|\\bcredit:?|©)\\s*(${AGENCIES})\\)?\\s*$`, 'i');
// A line that is only a credit in parentheses: "(Example Wire/File)", "(AP Photo/Evan Vucci)", "(Reuters)".
const PAREN_CREDIT = new RegExp(`^\\(\\s*([\\p{L} .'’-]{1,40}\\/)?\\s*(${AGENCIES}|photo|file photo)(\\s*\\/\\s*[\\p{L} .'’-]{1,40})?\\s*\\)$`, 'iu');
const AGENCY_ALONE = new RegExp(`^(${AGENCIES})( images| photo)?$`, 'i');

const AD = /^[[(]?(advertisement|advertisements|advert|ad|ads|sponsored|sponsored content|sponsored links?|promoted|promoted content|paid content|paid post|partner content|in partnership with .{1,40}|story continues below( this)?( advertisement| ad)?|article continues below( this)?( advertisement| ad)?|continue reading( below| the main story| the article)?|scroll to continue( with content)?|skip advertisement|skip ad|remove ads|ad feedback|report this ad|content continues below|the article continues below|supported by|from our sponsors?)[\])]?$/i;

// Share bars: lines made only of share/social words and separators ("Share | Tweet | Email").
const SHARE_WORDS = new Set([
  'share', 'shares', 'sharing', 'tweet', 'post', 'email', 'e-mail', 'mail', 'print', 'copy', 'copied', 'link', 'url', 'save', 'saved', 'bookmark',
  'facebook', 'twitter', 'x', 'linkedin', 'whatsapp', 'telegram', 'instagram', 'reddit', 'pinterest', 'messenger', 'flipboard', 'threads',
  'bluesky', 'tiktok', 'youtube', 'sms', 'comment', 'comments', 'on', 'this', 'article', 'story', 'page', 'via', 'to', 'the', 'options',
  'gift', 'full', 'icon', 'open', 'close', 'in', 'new', 'window', 'tab', 'reprints', 'permissions', 'hide', 'show', 'more', 'menu',
]);
const SHARE_START = /^(share|tweet|email|e-mail|print|copy link|facebook|twitter|linkedin|whatsapp|comments?|save)\b/i;
const SHARE_PHRASE = new RegExp(
  `^(share (this|the|on|via|with)\\b.{0,40}|share|sharing options|copy (the )?link|link copied( to clipboard)?|(click|tap) to share.{0,40}|share on (${SOCIAL})|gift (this )?article|send (this|any) (article|story).{0,30}|(show|view|hide|read|load|see) (all )?(\\d+ )?comments?( \\(\\d+\\))?|comments?( \\(\\d+\\))?|\\d+ comments?|leave a (comment|reply)|join the (conversation|discussion)|add (a|your) comment|print (this )?(article|page|story))$`,
  'i',
);

// Calls to action that are junk on their own: "Subscribe to our newsletter", "Sign up for the morning briefing".
const SUBSCRIBE_STRONG = /^(subscribe|subscribe now|sign up|signup|sign in|sign-in|log in|login|log-in|register (now|here|for|to|today)|already (a )?(subscriber|member|registered)|create (a |an )?(free )?account|become a (member|subscriber|supporter)|support (our|independent|quality) journalism|you have reached your|you['’]ve reached your|this (article|content) is (only )?(for|available to) (subscribers|members)|to continue reading|subscribers only|exclusive to subscribers)\b/i;
// Softer openings that are junk only with a subscription word: "Get the app", "Don't miss our daily newsletter".
const SUBSCRIBE_START = /^(get|join|try|start|unlock|download|don['’]t miss|never miss|stay (informed|up to date|updated)|want (more|the latest)|enjoy|receive|keep reading|read (our|the) (latest|full))\b/i;
const SUBSCRIBE_WORD = /\b(newsletters?|inbox|subscri\w+|free trial|unlimited (access|articles)|digital access|our app|the app|app store|google play|news alerts|daily briefing|morning briefing|evening briefing|paywall|free articles?|continue reading)\b/i;
const FOLLOW = new RegExp(`^follow\\s.{0,60}\\bon (${SOCIAL})\\b.{0,40}$|^follow (us|@\\w+)\\b.{0,60}$|^(like|find) us on (${SOCIAL})\\b.{0,40}$`, 'i');

const READ_MORE =
  /^[[(]?(read more|read also|also read|also see|see also|read next|read the full (story|article|report)|more reading|further reading|recommended( reading| for you| stories| articles)?|related( articles?| stories| coverage| content| topics| news| reading| links?| video)?|more on this( story| topic)?|more from .{1,40}|more (stories|news|coverage) (on|about|from) .{1,40}|most (read|popular|viewed|shared)|trending( now| stories)?|top stories|editor['’]?s picks|you (may|might) (also )?(like|be interested in)|what to read next|don['’]t miss|watch|listen|read|more|explore more|latest( news| stories)?|popular( now)?|also on .{1,30}|in other news|related:.*|more:.*|read more:.*|read:.*|watch:.*|listen:.*|see:.*|also:.*|video:.*|pictures:.*|photos:.*|gallery:.*|podcast:.*)[\])]?$/i;
const TEASER_PREFIX = /^[[(]?(read more|read also|also read|see also|related|more|read|watch|listen|recommended|more on this|further reading|podcast|video|gallery)\s*(:|»|›|>|\||–|—|-)\s*\S/i;
const CLICK_HERE = /\b(click|tap) (here|the link|this link|below)\b/i;

const COOKIE = /\b(we use cookies|this (web)?site uses cookies|uses cookies to|accept (all )?cookies|reject (all )?cookies|manage (cookies|cookie settings|preferences)|cookie (settings|preferences|consent|notice|banner)|by continuing to (use|browse) (this|our)|consent preferences|do not sell (or share )?my)\b/i;
// Footer links, only as short lines of their own: "Privacy Policy", "Terms of Use | Contact us".
const FOOTER = /^((privacy (policy|settings|notice)|terms (of|and) (use|service|conditions)|cookie policy|contact us|about us|accessibility|sitemap|careers|advertise with us|corrections policy|editorial standards)\s*[|•·,]?\s*)+$/i;
const COPYRIGHT = /^(copyright\s*(©|\(c\)|\d{4}|by\b)|copyright\b[^.!?]{0,60}\d{4}\.?$|©|\(c\)\s*\d{4})|\ball rights reserved\.?$|^[^.!?]{0,80}©\s*\d{4}|^our standards:|\btrust principles\.?$/i;
const PUNCT_ONLY = /^[^\p{L}\p{N}]+$/u;
const END_MARK = /^[-–—*#=\s[(]*(ends?|end of (release|story|article)|-?30-?|###|xxx)[-–—*#=\s\])]*$/i;
const PRESS = /^(for immediate release|embargoed\b.{0,80}|media (contacts?|enquiries|inquiries)\b.*|press (contacts?|enquiries|inquiries|office)\s*[:,].*|for (more|further) information,? (please )?contact.*|contacts?:.{0,160}|source:\s*\S.{0,60}|notes to editors:?|about .{1,60}:$)$/i;
const READ_TIME = /^(\d+[–-]?\d*\s*(min|mins|minute|minutes)( read| reading time| listen)?|(estimated )?reading time:?\s*\d+.{0,20}|listen to (this|the) (article|story|podcast|episode|report).{0,40}|listen( now)?( \(\d+ min\))?|audio version|play|pause|(listen|watch)( now)?:? \d+[: ]\d+( min)?)$/i;
const TIMESTAMP_META = /^(published|updated|last updated|last modified|modified|posted|first published|originally published|posted on|published on|updated on)\b\s*:?\s*.{0,70}$/i;
const HAS_DATE_BIT = /\d|\bago\b|\byesterday\b|\btoday\b|\bnow\b/i;
const ENDS_SENTENCE = /[.!?]["”’)]?$/;
const NAV = /^(home|menu|search|close|open|next|previous|prev|back|back to top|skip to (main )?content|skip to navigation|skip navigation|jump to|main menu|navigation|toggle navigation|log ?in|log ?out|sign ?in|sign ?out|sign up|subscribe|subscribe now|register|account|my account|profile|settings|more|see more|show more|load more|view more|expand|collapse|top|topics|tags|sections|edition|select edition|english|español|français|deutsch|view all|see all|all stories|next article|previous article|next story|previous story|up next|print|email|share|save|notifications|enable notifications|please enable javascript.*|javascript (is )?(required|disabled).*|your browser does not support.*|this video is not available.*|video unavailable|sorry, .{0,60}not available.*)$/i;
const TAGS = /^(topics?|tags?|filed under|categories|category|keywords|more about|related topics|subjects?|sections?)\s*:\s*\S.{0,200}$/i;
const REPORTING_CREDIT = /^[[(]?(\(?reporting by|additional reporting (by|from)|writing by|editing by|compiled by|edited by|graphics by|research by|produced by|with reporting (by|from)|contributing:|contributors?:)\b.{0,300}$/i;
// Editorial notes about the article itself, not news: "Correction: An earlier version of this article said …".
const EDITORS_NOTE = /^[[(]?(correction|corrections|clarification|editor['’]s note|update|updated|note)\s*(\(\w[^)]{0,30}\))?\s*[:—–-]\s*(an? (earlier|previous) version|this (article|story|report|piece) (has been|was|is)|earlier versions?|we (have )?(corrected|updated|amended))/i;
const ABOUT_AUTHOR = /^(about the author|about the authors|author bio|more by this author|more from this author)$/i;

export const JUNK_RULES: readonly JunkRule[] = [
  { name: 'punctuation', test: (l) => PUNCT_ONLY.test(l) },
  { name: 'end-mark', test: (l) => END_MARK.test(l) },
  { name: 'placeholder', test: (l) => l.length <= 40 && PLACEHOLDER.test(l) },
  { name: 'ad', test: (l) => l.length <= 80 && AD.test(l) },
  { name: 'caption', test: (l) => l.length <= 500 && CAPTION_PREFIX.test(l) },
  { name: 'credit', test: (l) => l.length <= 400 && (TRAILING_CREDIT.test(l) || CREDIT_TAIL.test(l)) },
  { name: 'credit', test: (l) => l.length <= 80 && (PAREN_CREDIT.test(l) || AGENCY_ALONE.test(l)) },
  { name: 'share', test: (l) => l.length <= 120 && !ENDS_SENTENCE.test(l) && (SHARE_PHRASE.test(l) || (SHARE_START.test(l) && allShareWords(l))) },
  { name: 'subscribe', test: (l) => l.length <= 160 && SUBSCRIBE_STRONG.test(l) },
  { name: 'subscribe', test: (l) => l.length <= 200 && SUBSCRIBE_START.test(l) && SUBSCRIBE_WORD.test(l) },
  { name: 'follow', test: (l) => l.length <= 140 && FOLLOW.test(l) },
  { name: 'read-more', test: (l) => l.length <= 200 && (READ_MORE.test(l) || TEASER_PREFIX.test(l)) },
  { name: 'click-here', test: (l) => l.length <= 250 && CLICK_HERE.test(l) && !/["“”]/.test(l) },
  { name: 'cookie', test: (l) => l.length <= 300 && COOKIE.test(l) },
  { name: 'footer', test: (l) => l.length <= 160 && FOOTER.test(l) },
  { name: 'copyright', test: (l) => l.length <= 250 && COPYRIGHT.test(l) },
  { name: 'press-release', test: (l) => l.length <= 250 && PRESS.test(l) },
  { name: 'read-time', test: (l) => l.length <= 60 && READ_TIME.test(l) },
  { name: 'timestamp', test: (l) => l.length <= 90 && TIMESTAMP_META.test(l) && HAS_DATE_BIT.test(l) && !ENDS_SENTENCE.test(l) },
  { name: 'nav', test: (l) => l.length <= 80 && NAV.test(l) },
  { name: 'tags', test: (l) => l.length <= 250 && TAGS.test(l) },
  { name: 'reporting-credit', test: (l) => l.length <= 320 && REPORTING_CREDIT.test(l) },
  { name: 'editors-note', test: (l) => l.length <= 600 && EDITORS_NOTE.test(l) },
  { name: 'about-author', test: (l) => l.length <= 40 && ABOUT_AUTHOR.test(l) },
];

/** No rule matches a line longer than this. */
const MAX_JUNK_LENGTH = 600;

function allShareWords(line: string): boolean {
  const words = line.toLowerCase().split(/[\s|•·,/:;()[\]-]+/);
  let n = 0;
  for (const w of words) {
    if (w === '') continue;
    if (!SHARE_WORDS.has(w) && !/^\d+$/.test(w)) return false;
    n++;
  }
  return n > 0;
}

/** The name of the first junk rule the (trimmed) line matches, or null when it is content. */
export function junkReason(line: string): string | null {
  if (line.length > MAX_JUNK_LENGTH) return null; // every rule is length-bounded: long paragraphs are text
  const lower = line.toLowerCase();
  for (const r of JUNK_RULES) if (r.test(line, lower)) return r.name;
  return null;
}
