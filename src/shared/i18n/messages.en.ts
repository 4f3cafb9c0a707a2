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
  'REQUEST.HTTP_ERROR': text('The request was refused', 'The server refused the request'),
  'REQUEST.RATE_LIMITED': text('Too many requests', 'Too many requests from this address; retry in {seconds} s'),
  'REQUEST.READ_AFTER_MALFORMED': text(
    'X-Read-After is malformed',
    'X-Read-After must be a position a command returned',
  ),
  'SERVICE.DATABASE_UNAVAILABLE': text('Service unavailable', 'The database cannot be reached; try again shortly'),
  'SERVICE.INTERNAL': text('Internal error', 'An unexpected error occurred; it has been logged'),
  'PROJECTION.UNKNOWN': text('Unknown read model', 'No read model has this name'),
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

  // The Student Congress and its delegates
  'CONGRESS.ALREADY_CONVENED': text('Congress already convened', 'This congress is already convened'),
  'CONGRESS.NOT_CONVENED': text('Congress not convened', 'This congress has not been convened'),
  'CONGRESS.SEAT_TARGET_TOO_LOW': text('Too few seats', 'At least {needed} seats are needed'),
  'CONGRESS.NO_COLLEGES': text('No colleges to allocate', 'No college union is registered to allocate seats to'),
  'CONGRESS.NOT_OWN_CONGRESS': text('Not your congress', 'A union acts only on its own congress'),
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
};
