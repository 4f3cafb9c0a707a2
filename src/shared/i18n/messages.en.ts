import { type Catalogue, text } from './catalogue.js';

/** English: each problem code's title and detail, for `Accept-Language: en`. */
export const MESSAGES_EN: Catalogue = {
  // Requests and the platform
  'REQUEST.INVALID': text('The request is not valid', 'Some fields break a rule; each is named with what to fix'),
  'REQUEST.MALFORMED': text('The request is malformed', 'The server cannot read this request'),
  'REQUEST.MALFORMED_JSON': text(
    'The JSON is malformed',
    'The request body is not valid JSON: check brackets, quotes and commas',
  ),
  'REQUEST.TOO_LARGE': text('The request is too large', 'The request body is larger than this route accepts'),
  'REQUEST.UNSUPPORTED_MEDIA_TYPE': text(
    'Unsupported content type',
    'This route does not take this Content-Type; send {accepted}',
  ),
  'REQUEST.NOT_FOUND': text('Not found', 'No route answers this method and path'),
  'REQUEST.METHOD_NOT_ALLOWED': text('Method not allowed', 'This path does not take this method'),
  'REQUEST.MALFORMED_URL': text('The URL is malformed', 'The URL holds percent-encoding that is not valid UTF-8'),
  'REQUEST.URI_TOO_LONG': text('The URL is too long', 'The URL, or one of its path parameters, is longer than allowed'),
  'REQUEST.HEADERS_TOO_LARGE': text(
    'The headers are too large',
    'The request headers together are larger than allowed',
  ),
  'REQUEST.TIMEOUT': text('The request timed out', 'The request was not sent completely in time'),
  'REQUEST.HTTP_ERROR': text('The request was refused', 'The server refused the request'),
  'REQUEST.RATE_LIMITED': text('Too many requests', 'Too many requests from this address; retry in {seconds} s'),
  'REQUEST.READ_AFTER_MALFORMED': text(
    'X-Read-After is malformed',
    'X-Read-After must be a position a command returned',
  ),
  'SERVICE.DATABASE_UNAVAILABLE': text('Service unavailable', 'The database cannot be reached; try again shortly'),
  'SERVICE.INTERNAL': text('Internal error', 'An unexpected error occurred; it has been logged'),
  'PROJECTION.UNKNOWN': text('Unknown read model', 'No read model has this name'),
  'PRINT.PDF_UNAVAILABLE': text(
    'PDF unavailable',
    'This server has no headless Chromium to print PDF; the HTML document prints from a browser',
  ),
  'PROJECTION.NOT_CAUGHT_UP': text(
    'The read model is behind',
    'The read model has not caught up with recent writes; try again shortly',
  ),
  'EVENT_STORE.CONCURRENT_CHANGE': text('Changed concurrently', 'Another command changed this record just now; retry'),
  'EVENT_STORE.EVENT_TOO_LARGE': text('Too large', 'What would be stored is larger than one event may be'),
  'EVENT_STORE.EMPTY_APPEND': text('Internal error', 'A write carried no events; it has been logged'),
  'AUTH.UNAUTHENTICATED': text(
    'Authentication required',
    'A valid bearer token is required (Authorization: Bearer <token>)',
  ),
  'AUTH.ROLE_REQUIRED': text('Not permitted', 'Your roles do not allow this action'),
  'IDEMPOTENCY.KEY_REUSED': text('Idempotency key reused', 'This Idempotency-Key was used for a different request'),
  'IDEMPOTENCY.IN_PROGRESS': text(
    'Request in progress',
    'A request with this Idempotency-Key is still being handled; retry shortly',
  ),
  'IDEMPOTENCY.KEY_MALFORMED': text(
    'Idempotency key malformed',
    'Idempotency-Key must be 8 to 200 letters, digits, or . _ : -',
  ),

  // Organisations
  'ORGANISATION.ALREADY_REGISTERED': text(
    'Organisation already registered',
    'This organisation id is already registered',
  ),
  'ORGANISATION.NOT_REGISTERED': text('Organisation not registered', 'No organisation is registered under this id'),
  'ORGANISATION.PARENT_KIND_MISMATCH': text(
    'Wrong kind of parent',
    'An organisation of this kind cannot sit under that parent',
  ),
  'ORGANISATION.POLICY_OUT_OF_RANGE': text('Policy out of range', 'The charter policy value {field} is out of range'),
  'ORGANISATION.POLICY_NOT_APPLICABLE': text('No charter policy here', 'Only unions carry a charter policy'),
  'ORGANISATION.NAME_REQUIRED': text('Name required', 'An organisation needs a name'),

  // Students
  'STUDENTS.NOT_FOUND': text('Student not found', 'The roll has no such student'),
  'STUDENTS.NOT_ENROLLED': text('Student not enrolled', 'Only enrolled students are members'),
  'STUDENTS.ERASED': text('Student erased', "This student's data was erased; a returning student is enrolled again"),
  'STUDENTS.RECORD_INVALID': text('Student record invalid', 'The record field {field} breaks a rule'),
  'STUDENTS.NUMBER_MISMATCH': text(
    'Student number mismatch',
    'The student number identifies the student: another number is another student',
  ),
  'STUDENTS.ROLL_IMPORT_INVALID': text('Roll import invalid', 'This roll import request breaks a rule'),
  'STUDENTS.IMPORT_REJECTED': text('The roll was not imported', '{count} problem(s) found; nothing was written'),
  'STUDENTS.ELIGIBILITY_POLICY_MISSING': text(
    'No eligibility rules',
    'This organisation has no charter policy to judge eligibility by',
  ),

  // history
  'HISTORY.OUT_OF_SCOPE': text('Not your history', "Union staff read their own organisation's history only"),
  'HISTORY.NOT_FOUND': text('No history', 'The event log holds nothing of this'),
  'AUDIT.VERIFICATION_NOT_FOUND': text('No such verification', 'No audit verification was started under this id'),
  'AUDIT.WHOLE_LOG_ONLY': text(
    'A grant for every organisation is needed',
    "A verification reads every organisation's streams; a grant for one organisation does not reach it",
  ),
  'AUDIT.NO_SEALED_BLOCK': text(
    'No ledger head yet',
    'The ledger has not sealed a block yet, so there is no signed head to publish',
  ),
  'AUDIT.RANGE_REVERSED': text(
    'Range ends before it starts',
    "A bundle's until must come after from, and untilTime after since",
  ),

  // The Student Congress and its delegates
  'CONGRESS.ALREADY_HELD_THIS_YEAR': text(
    'Congress already held this year',
    'The congress meets once a year (Art. 8); a second one that year is extraordinary, with its reason',
  ),
  'CONGRESS.EXTRAORDINARY_REASON_REQUIRED': text('Reason required', 'An extraordinary congress states its reason'),
  'CONGRESS.ALREADY_CONVENED': text('Congress already convened', 'This congress is already convened'),
  'CONGRESS.NOT_CONVENED': text('Congress not convened', 'This congress has not been convened'),
  'CONGRESS.SEAT_TARGET_TOO_LOW': text('Too few seats', 'At least {needed} seats are needed'),
  'CONGRESS.NO_COLLEGES': text('No colleges to allocate', 'No college union is registered to allocate seats to'),
  'CONGRESS.NOT_OWN_CONGRESS': text('Not your congress', 'A union acts only on its own congress'),
  'CONGRESS.COLLEGE_APPROVAL_MISSING': text(
    'College congress not approved',
    'A college congress is convened only after the college party organisation approved it and the school union’s reply approved the request (Art. 17); after a refusal, a new request',
  ),
  'CONGRESS.APPROVAL_STEP_OUT_OF_ORDER': text(
    'Approval step out of order',
    'The college party organisation approves first, then the school union replies once to that request (Art. 17)',
  ),
  'CONGRESS.NOT_THE_COLLEGE_PARTY_ORG': text(
    'Not the college party organisation',
    'Only the party organisation of the college union approves its congress (Art. 17)',
  ),
  'CONGRESS.NOT_THE_SCHOOL_UNION': text(
    'Not the school union',
    'Only the college union’s own school union replies to its request (Art. 17)',
  ),
  'CONGRESS.APPROVAL_REASON_REQUIRED': text(
    'Basis or reasons required',
    'An approval cites its basis; a refused reply states its reasons (Art. 17)',
  ),
  'DELEGATE.STUDENT_NOT_ENROLLED': text('Student not enrolled', 'Only enrolled students become delegates'),
  'DELEGATE.STUDENT_NOT_IN_COLLEGE': text(
    'Student not in this college',
    "A delegate takes one of their own college's seats",
  ),
  'DELEGATE.BRANCH_NOT_IN_COLLEGE': text(
    'Branch not in this college',
    'A league branch recommends delegates for its own college',
  ),
  'DELEGATE.COLLEGE_HAS_NO_SEATS': text('College has no seats', 'This college was allocated no seats'),
  'DELEGATE.ALREADY_PUT_FORWARD': text('Already put forward', 'This student is already put forward as a delegate'),
  'DELEGATE.NOT_FOUND': text('Delegate not found', 'This congress has no such delegate'),
  'DELEGATE.STEP_OUT_OF_ORDER': text('Step out of order', "The delegate's status does not allow this step"),
  'DELEGATE.NO_SEAT_AVAILABLE': text('No seat available', 'All {seats} seats of this college are filled'),
  'DELEGATE.REPLACEMENT_NOT_VACANT': text('Seat not vacant', 'Only a vacant seat is filled by a replacement'),
  'DELEGATE.REASON_REQUIRED': text('Reason required', 'This action needs a reason'),
  'DELEGATE.VOTE_RECORD_INCONSISTENT': text(
    'Vote record inconsistent',
    'The vote counts do not agree with the outcome',
  ),
  'DELEGATE.NOT_OWN_DELEGATE': text('Not your delegate', "A college union acts only on its own college's delegates"),

  // Sittings
  'SITTING.ALREADY_OPENED': text('Sitting already opened', 'This sitting is already open'),
  'SITTING.NOT_OPEN': text('Sitting not open', 'This sitting is not in session'),
  'REPORT.CONGRESS_NOT_FOUND': text('No report on this congress', 'This congress has not been convened'),
  'REPORT.SITTING_NOT_FOUND': text('No report on this sitting', 'This sitting has not been opened'),
  'REPORT.ELECTION_NOT_FOUND': text('No report on this election', 'This election has not been set up'),
  'REPORT.ORGANISATION_NOT_FOUND': text('Organisation not found', 'There is no such organisation'),
  'SITTING.NOT_FOUND': text('Sitting not found', 'There is no such sitting'),
  'SITTING.NO_QUALIFIED_DELEGATES': text('No qualified delegates', 'No delegate may attend this sitting'),
  'SITTING.NOT_ON_THE_ROLL': text('Not on the roll', 'This delegate is not on the roll of this sitting'),
  'SITTING.ALREADY_CHECKED_IN': text('Already checked in', 'This delegate has already checked in'),
  'SITTING.NOT_CHECKED_IN': text('Not checked in', 'This delegate has not checked in'),
  'SITTING.NOT_OWN_SITTING': text('Not your sitting', "A union acts only on its own congress's sittings"),

  // Elections
  'ELECTION.ALREADY_SET_UP': text('Election already set up', 'This election is already set up'),
  'ELECTION.NOT_SET_UP': text('Election not set up', 'No such election is set up'),
  'ELECTION.ALREADY_COMPLETED': text('Election already completed', 'This election is already completed'),
  'ELECTION.SEATS_OUT_OF_RANGE': text('Seats out of range', 'The number of seats is a whole number, at least 1'),
  'ELECTION.NOT_COMPETITIVE': text('Election not competitive', 'A competitive election has more candidates than seats'),
  'ELECTION.CANDIDATE_NOT_CONFIRMED': text(
    'Candidate not confirmed',
    'Candidates come from the list the party committee confirmed',
  ),
  'ELECTION.DUPLICATE_CANDIDATE': text('Duplicate candidate', 'A candidate appears more than once'),
  'ELECTION.NAME_REQUIRED': text('Name required', 'A name is required'),
  'ELECTION.CANDIDATE_NAME_NOT_ORDERABLE': text(
    'Name cannot be ordered by strokes',
    'No stroke data for {unknownCharacters}',
  ),
  'ELECTION.SCRUTINEER_IS_CANDIDATE': text('Scrutineer is a candidate', 'A candidate cannot be a scrutineer'),
  'ELECTION.SCRUTINEER_AND_TELLER_REQUIRED': text(
    'Scrutineer and teller required',
    'Scrutineers and tellers are appointed before ballots are issued',
  ),
  'ELECTION.ROUND_IN_PROGRESS': text('Round in progress', 'A voting round is still in progress'),
  'ELECTION.ROUND_NOT_OPEN': text('Round not open', 'No voting round is open'),
  'ELECTION.DELEGATE_COUNTS_INCONSISTENT': text(
    'Delegate counts inconsistent',
    'The delegate counts do not agree with the roll',
  ),
  'ELECTION.DELEGATE_NOT_ON_ROLL': text('Delegate not on the roll', "This delegate is not on this round's roll"),
  'ELECTION.BALLOT_ALREADY_ISSUED': text('Ballot already issued', 'This delegate already has a ballot'),
  'ELECTION.BALLOT_ALREADY_RETURNED': text('Ballot already returned', 'This ballot was already returned'),
  'ELECTION.BALLOT_CARRIES_IDENTIFYING_MARK': text(
    'Ballot carries an identifying mark',
    'A ballot holds only its marks and write-ins, nothing that could name the voter',
  ),
  'ELECTION.BALLOT_ID_NOT_RANDOM': text('Ballot id not random', 'Ballot ids are random'),
  'ELECTION.DUPLICATE_BALLOT_ID': text('Duplicate ballot id', 'This ballot id was already used'),
  'ELECTION.BALLOT_MALFORMED': text('Ballot malformed', 'The ballot field {field} breaks a rule'),
  'ELECTION.SEATS_REDUCTION_NOT_ALLOWED': text(
    'Seats cannot be reduced',
    'Seats are reduced only when fewer passed than seats and someone was elected',
  ),
  'ELECTION.REASON_REQUIRED': text('Reason required', 'This action needs a reason'),
  'ELECTION.NOT_AN_APPOINTED_OFFICER': text(
    'Not an appointed officer',
    'Only an appointed scrutineer or teller does this',
  ),
  'ELECTION.SCRUTINEER_REQUIRED': text(
    'Scrutineer required',
    'Paper ballots are entered by a teller under another person appointed as scrutineer',
  ),
  'ELECTION.NOT_THE_ACTING_BODY': text('Not the acting body', 'Only the organisation holding this election does this'),

  // Ballots
  'BALLOT.CREDENTIAL_NOT_VALID': text('Credential not valid', "The credential does not open this round's box"),
  'BALLOT.CREDENTIAL_SPENT': text('Credential spent', 'This credential was already used or replaced'),
  'BALLOT.ALREADY_CAST': text('Ballot already cast', 'Each delegate casts one ballot'),
  'BALLOT.BOX_CLOSED': text('Ballot box closed', 'The ballot box is closed'),
  'BALLOT.MEDIUM_CONFLICT': text(
    'Paper and electronic ballot',
    'A delegate votes on paper or electronically, not both',
  ),
  'BALLOT.IDEMPOTENCY_KEY_NOT_ACCEPTED': text(
    'No idempotency key for ballots',
    'A ballot takes no Idempotency-Key: the credential itself is single-use',
  ),

  // Candidacies
  'CANDIDACY.SEATS_REQUIRED': text(
    'Seats required',
    'An election of federation delegates states the seats the federation allotted',
  ),
  'CANDIDACY.NOMINATIONS_NOT_OPEN': text('Nominations not open', 'Nominations have not opened'),
  'CANDIDACY.NOMINATIONS_ALREADY_OPEN': text('Nominations already open', 'Nominations are already open'),
  'CANDIDACY.NOT_A_SCHOOL_UNION': text('Not a school union', "The presidium elected is the school union's"),
  'CANDIDACY.LIST_ALREADY_CONFIRMED': text(
    'List already confirmed',
    'The candidate list is confirmed and no longer changes',
  ),
  'CANDIDACY.STUDENT_NOT_ENROLLED': text('Student not enrolled', 'Only enrolled students stand as candidates'),
  'CANDIDACY.NOT_OWN_COLLEGE': text('Not your college', 'This organisation acts for students of its own college only'),
  'CANDIDACY.ALREADY_RECOMMENDED': text('Already recommended', 'This student is already recommended'),
  'CANDIDACY.RESUME_REQUIRED': text('Résumé required', 'A candidate fills a résumé'),
  'CANDIDACY.NAME_UNAVAILABLE': text('Name unavailable', 'The roll holds no name for this student'),
  'CANDIDACY.CANDIDATE_NOT_FOUND': text('Candidate not found', 'There is no such candidate'),
  'CANDIDACY.STEP_OUT_OF_ORDER': text('Step out of order', 'The candidacy is at {stage}; this step does not follow'),
  'CANDIDACY.REASON_REQUIRED': text('Reason required', 'A refusal carries its reason'),
  'CANDIDACY.REVIEWER_NOT_RECOGNISED': text(
    'Reviewer not recognised',
    'The review is by student affairs and the Youth League committee',
  ),
  'CANDIDACY.ELIGIBILITY_NOT_ESTABLISHED': text(
    'Eligibility not established',
    'No interview sign-off before the candidate is found eligible',
  ),
  'CANDIDACY.ALREADY_SIGNED_OFF': text('Already signed off', 'This reviewer has already signed off'),
  'CANDIDACY.EXCLUSION_NOT_ALLOWED': text(
    'Exclusion not allowed',
    'The party committee strikes only candidates cleared by the review',
  ),
  'CANDIDACY.LIST_NOT_COMPETITIVE': text(
    'List not competitive',
    'A competitive election needs more candidates than seats',
  ),

  // Election results
  'RESULT.ELECTION_NOT_COMPLETED': text(
    'Election not completed',
    'A result is announced once the election is completed',
  ),
  'RESULT.ALREADY_ANNOUNCED': text('Result already announced', 'The result is already announced'),
  'RESULT.NOT_ANNOUNCED': text('Result not announced', 'The result has not been announced'),
  'RESULT.NOT_OWN_ELECTION': text('Not your election', 'The union that held the election answers for its result'),
  'RESULT.NOT_AWAITING_APPROVAL': text(
    'Result not awaiting approval',
    'Only a result awaiting approval is approved or returned',
  ),
  'RESULT.NOT_RETURNED': text('Result not returned', 'Only a returned result is resubmitted'),
  'RESULT.NOT_APPROVED': text('Result not approved', 'Only a result the party committee approved is filed'),
  'RESULT.ALREADY_FILED': text('Result already filed', 'The result is already filed'),
  'RESULT.REASON_REQUIRED': text('Reason required', 'A return or a resubmission carries its reasons'),
  'RESULT.FILING_REFERENCE_REQUIRED': text('Filing reference required', 'A filing carries its reference'),
  'RESULT.FILING_DATE_INVALID': text('Filing date invalid', 'The filing date is a real date, not after today'),
  // Proposals
  'PROPOSAL.CONGRESS_NOT_CONVENED': text('Congress not convened', 'The congress has not been convened'),
  'PROPOSAL.NOT_THE_CONVENING_UNION': text(
    'Not the convening union',
    'Only the union that convened the congress may do this',
  ),
  'PROPOSAL.WINDOW_ALREADY_OPENED': text(
    'Proposal window already opened',
    'The proposal window of this congress was opened',
  ),
  'PROPOSAL.WINDOW_NOT_OPEN': text('Proposal window not open', 'The proposal window has not opened or has closed'),
  'PROPOSAL.COMMITTEE_INVALID': text(
    'Committee invalid',
    'The proposal committee is a non-empty list of distinct members',
  ),
  'PROPOSAL.NOT_A_DELEGATE': text(
    'Not a delegate',
    'Only delegates of the congress file proposals or ask follow-up questions (Art. 9)',
  ),
  'PROPOSAL.TEXT_REQUIRED': text('Text required', 'Fill in this field, within its length'),
  'PROPOSAL.ALREADY_SUBMITTED': text('Proposal already submitted', 'A proposal with this id was submitted'),
  'PROPOSAL.NOT_FOUND': text('Proposal not found', 'The congress has no such proposal'),
  'PROPOSAL.CO_SIGNER_INVALID': text(
    'Co-signer invalid',
    'Co-signers are other delegates of the congress, each named once',
  ),
  'PROPOSAL.TOO_FEW_CO_SIGNERS': text(
    'Too few co-signers',
    'A joint proposal names at least the policy minimum of co-signers',
  ),
  'PROPOSAL.NOT_A_CO_SIGNER': text('Not a co-signer', 'You are not named as a co-signer of this proposal'),
  'PROPOSAL.CO_SIGNATURE_ALREADY_GIVEN': text(
    'Already answered',
    'You have already confirmed or declined this proposal',
  ),
  'PROPOSAL.STEP_OUT_OF_ORDER': text('Step out of order', 'The proposal is not at a stage where this can be done'),
  'PROPOSAL.NOT_THE_FILER': text('Not the filer', 'Only the filer withdraws a proposal'),
  'PROPOSAL.NOT_ON_COMMITTEE': text(
    'Not on the proposal committee',
    'Only members of the proposal committee screen proposals',
  ),
  'PROPOSAL.SCREENING_REASON_REQUIRED': text('Reason required', 'A screening decision carries its reason'),
  'PROPOSAL.MERGE_TARGET_INVALID': text(
    'Merge target invalid',
    'A proposal merges into another filed or accepted proposal of the congress',
  ),
  'PROPOSAL.NOT_A_HANDLING_UNIT': text('Not a handling unit', 'Proposals are handled by registered school offices'),
  'PROPOSAL.NOT_ASSIGNED_TO_UNIT': text('Not assigned to this unit', 'The proposal is not assigned to this unit'),
  'PROPOSAL.ANSWER_INVALID': text(
    'Answer invalid',
    'The category is one of the policy’s, the completion date a real date',
  ),
  'PROPOSAL.ANSWER_ALREADY_PUBLISHED': text('Answer already published', 'The unit has published its answer'),
  'PROPOSAL.NO_DRAFT_ANSWER': text('No draft answer', 'Draft the answer before publishing it'),
  'PROPOSAL.ANSWER_NOT_PUBLISHED': text('Answer not published', 'The unit has not published an answer'),
  'PROPOSAL.NOT_A_PROPOSER': text('Not a proposer', 'Only the filer and confirmed co-signers rate the answer'),
  'PROPOSAL.ANSWER_ALREADY_RATED': text('Already rated', 'You have rated this answer'),
  'PROPOSAL.RATING_COMMENT_REQUIRED': text('Comment required', '"Not satisfied" says why'),
  'PROPOSAL.FOLLOW_UP_INVALID': text('Follow-up invalid', 'The question id is repeated or unknown'),
  'PROPOSAL.BOOK_NOT_FOUND': text('No proposals', 'The congress has not opened a proposal window'),
  'PROPOSAL.HANDLING_UNIT_NOT_FOUND': text('Handling unit not found', 'No school office is registered under this id'),
  'PROPOSAL.FOLLOW_UP_ALREADY_ANSWERED': text('Follow-up already answered', 'The question has been answered'),
  // Motions
  'MOTION.ALREADY_PUT': text('Motion already put', 'The motion is on the business already'),
  'MOTION.NOT_FOUND': text('Motion not found', 'There is no such motion'),
  'MOTION.NOT_THE_CONVENER': text('Not the convener', 'Only the union that convened the congress handles its motions'),
  'MOTION.INVALID': text(
    'Motion invalid',
    'Correct the field named; only a charter amendment changes the charter’s numbers, into a valid policy',
  ),
  'MOTION.VOTE_NOT_OPEN': text('Vote not open', 'The vote on this motion is not open'),
  'MOTION.VOTE_ALREADY_OPEN': text('Vote already open', 'The vote on this motion is open'),
  'MOTION.ALREADY_DECIDED': text('Motion decided', 'The motion has been decided'),
  'MOTION.SITTING_NOT_OF_CONGRESS': text(
    'Sitting not of this congress',
    'A motion is voted at a sitting of its congress in session',
  ),
  'MOTION.WRONG_VOTING_MODE': text('Wrong voting mode', 'The motion is voted the other way'),
  'MOTION.NOT_ON_ROLL': text('Not on the roll', 'Only the delegates present when the vote opened vote'),
  'MOTION.VOTE_ALREADY_CAST': text('Already voted', 'You have voted on this motion'),
  'MOTION.TALLY_INCONSISTENT': text(
    'Count inconsistent',
    'For, against, abstain and invalid add up to the ballots returned, under another scrutineer',
  ),
  'MOTION.TALLY_MISSING': text('Count missing', 'Enter the count of a secret vote before closing it'),
  // union staff
  'STAFF.NOT_A_UNION': text('Not a union', 'Only school and college unions keep a staff register'),
  'STAFF.DEPARTMENT_CAP_REACHED': text(
    'Department cap reached',
    'The union has its policy’s number of departments (Art. 10, 16)',
  ),
  'STAFF.DEPARTMENT_INVALID': text('Department invalid', 'Department ids are unique, names 1-50 characters'),
  'STAFF.DEPARTMENT_NOT_FOUND': text('Department not found', 'No such department, or it was dissolved'),
  'STAFF.DEPARTMENT_NOT_EMPTY': text('Department not empty', 'Staff still hold posts in the department'),
  'STAFF.CAP_REACHED': text('Staff cap reached', 'The union has its policy’s maximum of staff (Art. 10, 17)'),
  'STAFF.NOT_ELIGIBLE': text('Not eligible', 'The student does not meet Art. 18; see the rules failed'),
  'STAFF.NOT_OF_THIS_COLLEGE': text(
    'Not of this college',
    'A college union’s staff are students of its college (Art. 17)',
  ),
  'STAFF.ALREADY_STAFF': text('Already staff', 'The student already holds a post'),
  'STAFF.NOT_STAFF': text('Not staff', 'The student holds no post'),
  'STAFF.DEPARTMENT_HEAD_TAKEN': text('Head taken', 'The department has a head'),
  'STAFF.PRESIDIUM_IS_ELECTED': text(
    'The presidium is elected',
    'The congress elects the presidium (Art. 14); nobody is appointed to it',
  ),
  'STAFF.ELECTION_RESULT_NOT_APPROVED': text(
    'Result not approved',
    'Only the approved result of the union’s presidium election seats a presidium',
  ),
  'STAFF.PRESIDIUM_CAP_EXCEEDED': text('Presidium over its seats', 'More elected than the presidium’s seats (Art. 14)'),
  'STAFF.COLLEGE_FILING_INVALID': text(
    'College filing invalid',
    'A college union files the presidium its congress elected, with the date and the resolution (Art. 17)',
  ),
  'STAFF.NOT_THE_SCHOOL_UNION': text(
    'Not the school union',
    'Only the college union’s own school union acknowledges its filing',
  ),
  'STAFF.ROTATION_INVALID': text('Rotation invalid', 'Chairs are presidium members, in terms that do not overlap'),
  'STAFF.REASON_REQUIRED': text('Reason required', 'State the reason'),

  // College union assessment (Art. 17 (5))
  'ASSESSMENT.NOT_A_COLLEGE_UNION': text(
    'Not a college union',
    'Only a college union under a school union reports its work and is assessed (Art. 17)',
  ),
  'ASSESSMENT.NOT_A_SCHOOL_UNION': text(
    'Not a school union',
    'College unions report to a school union, whose policy sets the semesters',
  ),
  'ASSESSMENT.SEMESTER_UNKNOWN': text(
    'Unknown semester',
    'The semester is one of the school union’s policy, written year-key such as 2026-autumn',
  ),
  'ASSESSMENT.SEMESTER_NOT_STARTED': text('Semester not begun', 'A semester’s work is reported once it has begun'),
  'ASSESSMENT.ALREADY_ASSESSED': text(
    'Semester already assessed',
    'This semester is assessed; a failing union reports its rectification',
  ),
  'ASSESSMENT.NOTHING_TO_ASSESS': text(
    'Nothing to assess',
    'The school union assesses a college union’s report, or re-assesses it after the rectification report (Art. 17 (5))',
  ),
  'ASSESSMENT.NOT_THE_SCHOOL_UNION': text(
    'Not the school union',
    'Only the college union’s own school union assesses it (Art. 17 (5))',
  ),
  'ASSESSMENT.FINDINGS_REQUIRED': text('Findings required', 'A failing assessment names what is wrong (Art. 17 (5))'),
  'ASSESSMENT.RECTIFICATION_DEADLINE_INVALID': text(
    'Rectification deadline invalid',
    'A fail sets a deadline after the assessment day (YYYY-MM-DD); a pass sets none (Art. 17 (5))',
  ),
  'ASSESSMENT.NO_RECTIFICATION_DUE': text(
    'No rectification due',
    'Only a failed semester whose rectification is not yet reported takes a rectification report',
  ),
  'ASSESSMENT.SUMMARY_REQUIRED': text('Summary required', 'Say what the report covers'),
  'REVIEW.NOT_A_UNION': text('Not a student union', 'Only school and college unions review their staff'),
  'REVIEW.PERIOD_NOT_FOUND': text('Review not found', 'The union opened no review of this semester'),
  'REVIEW.SEMESTER_UNKNOWN': text(
    'Unknown semester',
    'The semester is one of the school union’s policy, such as 2026-autumn',
  ),
  'REVIEW.OUTSIDE_REVIEW_MONTH': text(
    'Outside the review month',
    'The review is held in the last month of the semester (review rules Art. 5)',
  ),
  'REVIEW.ALREADY_OPENED': text('Review already opened', 'A union opens one review per semester'),
  'REVIEW.NO_ONE_TO_REVIEW': text(
    'No one to review',
    'The reviewees are the presidium members and department heads in office (review rules Art. 3)',
  ),
  'REVIEW.PERIOD_NOT_OPEN': text(
    'Review not under way',
    'This is done while the review is open, before the results are published',
  ),
  'REVIEW.PANEL_COMPOSITION': text(
    'Panel composition',
    'The panel is mostly student delegates (more than the policy’s share), with student affairs and the Youth League committee, and at least the minimum size (review rules Art. 2)',
  ),
  'REVIEW.PANELLIST_NOT_ELIGIBLE': text(
    'Panellist not eligible',
    'Delegates are seated delegates of the union’s congress; each panellist is named once',
  ),
  'REVIEW.APPEAL_PANEL_NOT_INDEPENDENT': text(
    'Re-review panel not independent',
    'A re-review is heard by panellists who did not sit on the original panel',
  ),
  'REVIEW.REVIEWEE_UNKNOWN': text('Not a reviewee', 'The student is not reviewed in this period'),
  'REVIEW.NOT_ON_THE_PANEL': text('Not on the panel', 'Only the panel’s members score or declare a conflict in it'),
  'REVIEW.SELF_SCORING': text('No self-scoring', 'Nobody scores themselves'),
  'REVIEW.RECUSED': text('Recused', 'A panellist who declared a conflict does not score that reviewee'),
  'REVIEW.ALREADY_SCORED': text(
    'Already scored',
    'Each panellist scores each reviewee once; a conflict is declared before scoring',
  ),
  'REVIEW.SCORE_SHEET_INVALID': text(
    'Score sheet invalid',
    'Score every item of the rubric and no other, with at most one decimal',
  ),
  'REVIEW.SCORE_ABOVE_MAXIMUM': text(
    'Score above maximum',
    'An item scores at most its maximum in the rubric (review rules Art. 7-12)',
  ),
  'REVIEW.SCORES_OUTSTANDING': text(
    'Scores outstanding',
    'Results are published together once every panellist has scored every reviewee they hear',
  ),
  'REVIEW.NOT_PUBLISHED': text(
    'Not published',
    'Sheets, re-reviews and decisions on posts follow the published results',
  ),
  'REVIEW.APPEAL_NOT_BY_REVIEWEE': text('Not the reviewee', 'A reviewee asks for the re-review of their own result'),
  'REVIEW.APPEAL_DEADLINE_PASSED': text(
    'Re-review deadline passed',
    'A re-review is asked for within the policy’s days after publication',
  ),
  'REVIEW.APPEAL_ALREADY_FILED': text('Re-review already asked for', 'One re-review per reviewee and semester'),
  'REVIEW.NO_APPEAL_PENDING': text('No re-review pending', 'The reviewee has no re-review under way'),
  'REVIEW.REASON_REQUIRED': text('Reason required', 'Say why'),
  'REVIEW.NO_DECISION_DUE': text(
    'No decision due',
    'The union decides once on a post whose result is below the pass mark (Art. 20)',
  ),
  'REVIEW.APPEAL_STILL_POSSIBLE': text(
    'Re-review still possible',
    'The union decides once the re-review deadline passed or the re-review is decided',
  ),
  'REVIEW.NOT_IN_OFFICE': text('Not in office', 'The student holds no post in the union any more'),

  // Prior approval (Art. 12)
  'APPROVALS.NOT_A_UNION': text(
    'Not a union',
    'Matters are submitted for prior approval by a registered union (Art. 12)',
  ),
  'APPROVALS.MATTER_TYPE_UNKNOWN': text(
    'Unknown matter type',
    'The matter type is one of the union’s policy (approvals.matterTypes); this one is not (Art. 12)',
  ),
  'APPROVALS.NOT_A_SUBMITTER': text('May not submit', 'The matter type names the roles that may submit it (Art. 12)'),
  'APPROVALS.DOCUMENTS_MISSING': text(
    'Documents missing',
    'The submission lacks documents its matter type requires: {missing} (Art. 12)',
  ),
  'APPROVALS.TITLE_REQUIRED': text('Title required', 'A matter has a title'),
  'APPROVALS.MATTER_ALREADY_SUBMITTED': text('Matter already submitted', 'A matter with this id is already submitted'),
  'APPROVALS.MATTER_NOT_FOUND': text('No such matter', 'No matter with this id was submitted'),
  'APPROVALS.NOT_THE_AWAITED_BODY': text(
    'Not the body this step awaits',
    'Step {step} awaits {awaiting}: each body of the chain decides its own step, in order (Art. 12)',
  ),
  'APPROVALS.NOT_IN_REVIEW': text(
    'Matter not in review',
    'Only a matter awaiting a step is decided or escalated; a returned matter is resubmitted first (Art. 12)',
  ),
  'APPROVALS.REASONS_REQUIRED': text(
    'Reasons required',
    'A return or a refusal gives its reasons, so the union knows what to change (Art. 12)',
  ),
  'APPROVALS.NOT_RETURNED': text('Matter not returned', 'Only a matter returned for changes is resubmitted'),
  'APPROVALS.NOT_THE_SUBMITTING_UNION': text(
    'Not the submitting union',
    'Only the union that submitted the matter resubmits it, escalates it or records it held',
  ),
  'APPROVALS.CHANGES_REQUIRED': text('Changes required', 'A resubmission says what changed'),
  'APPROVALS.STEP_NOT_OVERDUE': text(
    'Step not overdue',
    'A step escalates only after its deadline ({dueBy}) has passed (Art. 12)',
  ),
  'APPROVALS.STEP_ALREADY_ESCALATED': text('Step already escalated', 'A step escalates once'),
  'APPROVALS.NOT_AN_ACTIVITY': text(
    'Not an activity',
    'Only a matter of an activity type is held and recruits volunteers (Art. 12, 13)',
  ),
  'APPROVALS.APPROVAL_INCOMPLETE': text(
    'Approval not complete',
    'A major activity is held, and recruits volunteers, only after its prior approval completed (Art. 12)',
  ),
  'APPROVALS.ALREADY_HELD': text('Activity already held', 'The activity is already recorded as held'),
  'APPROVALS.HELD_ON_INVALID': text(
    'Date invalid',
    'An activity is recorded as held on a date up to today (YYYY-MM-DD)',
  ),

  // Volunteer projects (Art. 13)
  'VOLUNTEERS.ACTIVITY_NOT_APPROVED': text(
    'Activity not approved',
    'A major activity recruits volunteers only after its prior approval completed (Art. 12)',
  ),
  'VOLUNTEERS.NO_SUCH_ACTIVITY': text(
    'No such activity',
    'A volunteer project opens for an activity (a matter of an activity type) of the same union (Art. 13)',
  ),
  'VOLUNTEERS.PROJECT_ALREADY_OPENED': text('Project already opened', 'A project with this id is already opened'),
  'VOLUNTEERS.PROJECT_NOT_FOUND': text('No such project', 'No volunteer project with this id was opened'),
  'VOLUNTEERS.PROJECT_CLOSED': text(
    'Project closed',
    'The project is closed and disbanded: it takes nothing more (Art. 13)',
  ),
  'VOLUNTEERS.NOT_THE_LEAD': text(
    'Not the project’s lead',
    'The project’s lead invites, accepts, records hours and closes it',
  ),
  'VOLUNTEERS.ROLES_INVALID': text('Roles invalid', 'A project has a title and 1-20 distinct roles of 1-500 places'),
  'VOLUNTEERS.ROLE_UNKNOWN': text('Unknown role', 'The role is not one of the project’s'),
  'VOLUNTEERS.ROLE_FULL': text('Role full', 'All the places of {role} are filled ({places})'),
  'VOLUNTEERS.ALREADY_IN_PROJECT': text('Already in the project', 'A student applies, is invited or joins once'),
  'VOLUNTEERS.NO_APPLICATION': text('No application', 'The student has no open application to accept'),
  'VOLUNTEERS.NO_INVITATION': text('No invitation', 'You have no open invitation to this project'),
  'VOLUNTEERS.NOT_A_VOLUNTEER': text('Not a volunteer of the project', 'Hours are recorded for the project’s members'),
  'VOLUNTEERS.HOURS_INVALID': text('Hours invalid', '1 minute to 24 hours, on a day up to today'),
  'VOLUNTEERS.NOT_A_UNION': text('Not a union', 'Volunteer projects belong to a registered union (Art. 13)'),

  // Misconduct cases (Art. 21)
  'MISCONDUCT.NOT_STAFF': text(
    'Not staff of the union',
    'Art. 21 concerns the union’s staff: the person reported holds no post',
  ),
  'MISCONDUCT.FACTS_REQUIRED': text(
    'Facts required',
    'A report states the facts, findings what was found, a decision its reasons, an appeal its grounds (Art. 21)',
  ),
  'MISCONDUCT.REPORT_INVALID': text(
    'Report invalid',
    'A report names another person than the reporter, who is not also named as conflicted',
  ),
  'MISCONDUCT.ALREADY_REPORTED': text('Case already reported', 'A case with this id is already reported'),
  'MISCONDUCT.CASE_NOT_FOUND': text('No such case', 'No misconduct case with this id that you may read'),
  'MISCONDUCT.CONFLICTED': text(
    'Not an impartial member of the committee',
    'The Youth League committee investigates and decides; a member the reporter named as conflicted, or the reported person, does not (Art. 21)',
  ),
  'MISCONDUCT.NOT_THE_REPORTED_PERSON': text(
    'Not the reported person',
    'Only the reported person gives a statement and appeals',
  ),
  'MISCONDUCT.STEP_OUT_OF_ORDER': text(
    'Step out of order',
    'Findings and the statement while the case is investigated, then the decision, then one appeal (Art. 21)',
  ),
  'MISCONDUCT.FINDINGS_MISSING': text(
    'Findings missing',
    'A decision rests on the investigation’s findings: record them first (Art. 21)',
  ),
  'MISCONDUCT.REFERRAL_INVALID': text(
    'Referral invalid',
    'A referral names the body it goes to; no other outcome does',
  ),
  'MISCONDUCT.APPEAL_NOT_ALLOWED': text(
    'Appeal not allowed',
    'The reported person appeals once, against a decision that is not “no case” (Art. 21)',
  ),
};
