import type { DescriptionTemplates } from './description-templates.js';

/**
 * English: one sentence per event type (issue 13 item 1, "readable entries"). `{actor}` is "id (organisation
 * name, role)"; every other `{field}` is read from the event's data, nested fields by dots, `.count` of a list.
 */
export const EVENT_DESCRIPTIONS_EN: DescriptionTemplates = {
  // organisations
  OrganisationRegistered: '{actor} registered the organisation "{name}" ({organisationId}, {kind}, under {parentId})',
  PolicyChanged: '{actor} changed the charter policy of "{organisationName}": {changes}; reason: {reason}',
  OrganisationRenamed: '{actor} renamed organisation {organisationId} to "{name}"',

  // students and rolls
  StudentEnrolled: '{actor} enrolled student {studentId} from a roll import ({collegeId}, grade {grade}, {major})',
  StudentRecordUpdated: "{actor} updated student {studentId}'s record from a roll import ({changes.keys})",
  StudentLeft: '{actor} recorded that student {studentId} is no longer on the roll of {collegeId}',
  PersonalDataErased: "{actor} erased student {studentId}'s personal data (their key was destroyed)",
  StudentRollImported:
    '{actor} imported a roll file ({fileType}, SHA-256 {fileSha256}, {rows} rows): {counts.enrolled} enrolled, {counts.updated} updated, {counts.left} left, {counts.unchanged} unchanged, {counts.rejectedRows} skipped',

  // congress and delegates
  CongressConvened:
    '{actor} convened congress no. {number} ({year}, {congressId}) with {targetSeats} seats and a quorum of {quorum}',
  DelegateRecommended: '{actor} recommended student {studentId} as a delegate of {collegeId} (branch {branchId})',
  DelegateElected: '{actor} recorded student {studentId} as elected delegate of {collegeId}',
  DelegateNotElected: '{actor} recorded student {studentId} as not elected delegate of {collegeId}',
  DelegateQualified: "{actor} qualified delegate {studentId}'s credentials",
  DelegateRejected: "{actor} rejected delegate {studentId}'s credentials: {reason}",
  DelegateWithdrawn: '{actor} withdrew delegate {studentId}: {reason}',
  CollegeCongressPartyApproved:
    '{actor} ({partyOrgId}) approved that {organisationId} convene congress {congressId} (request {request}); basis: {reason}',
  CollegeCongressSchoolApproved:
    '{actor} ({schoolUnionId}) replied approving that {organisationId} convene congress {congressId} (request {request})',
  CollegeCongressSchoolRefused:
    '{actor} ({schoolUnionId}) replied refusing that {organisationId} convene congress {congressId} (request {request}); reasons: {reasons}',

  // sittings
  SittingOpened:
    '{actor} opened the sitting "{title}" ({sittingId}): {roll.count} delegates on the roll, {required} needed',
  DelegateCheckedIn: '{actor} checked in delegate {delegateId}; {present} present',
  DelegateCheckedOut: '{actor} checked out delegate {delegateId}; {present} present',
  QuorumReached: '{actor}: sitting {sittingId} reached its quorum ({count.present} present, {count.required} needed)',
  QuorumLost: '{actor}: sitting {sittingId} lost its quorum ({count.present} present, {count.required} needed)',
  BusinessOpened: '{actor}: sitting {sittingId} opened its business ({count.present} present, {count.required} needed)',
  SittingQuorumNotReached:
    '{actor}: sitting {sittingId} could not open without quorum ({count.present} present, {count.required} needed)',
  SittingClosed: '{actor} closed sitting {sittingId} ({present} present)',

  // nominations
  NominationsOpened:
    '{actor} opened nominations for election {electionId} ({office}, seats {seats}) of congress {congressId}',
  CandidateRecommended: '{actor} recommended {name} ({studentId}, {collegeId}) as a candidate in election {electionId}',
  PartyConsentGiven: '{actor} consented to candidate {studentId} ({partyOrgId})',
  PartyConsentRefused: '{actor} refused consent to candidate {studentId} ({partyOrgId}): {reason}',
  EligibilityChecked: "{actor} ({by}) checked candidate {studentId}'s eligibility; eligible: {eligible}",
  InterviewSignedOff: "{actor} ({by}) signed off candidate {studentId}'s interview",
  InterviewRejected: '{actor} ({by}) rejected candidate {studentId} at interview: {reason}',
  CandidateCleared: '{actor}: candidate {studentId} is cleared and awaits the party committee',
  CandidateListConfirmed: '{actor} confirmed the candidate list of election {electionId} ({seats} seats): {candidates}',

  // voting
  ElectionSetUp: '{actor} set up election {electionId} ({seats} seats); candidates: {candidates}',
  ScrutineerAppointed: '{actor} appointed {name} scrutineer of election {electionId}',
  TellerAppointed: '{actor} appointed {name} teller of election {electionId}',
  QuorumNotReached:
    '{actor}: election {electionId} could not open a round without quorum ({present} present, {requiredPresent} needed)',
  RoundOpened:
    '{actor} opened round {roundNumber} of election {electionId} ({seats} seats, {roll.count} delegates with a vote)',
  BallotIssued: '{actor}: round {roundNumber}, a ballot was issued to delegate {delegateId}',
  BallotReturned: '{actor}: round {roundNumber}, delegate {delegateId} returned a ballot',
  RoundClosed:
    '{actor} closed round {roundNumber}: {issued} ballots issued, {returned} returned, {received} in the box',
  RoundVoided:
    '{actor}: round {roundNumber} is void ({reasons}): {issued} issued, {returned} returned, {received} in the box',
  BallotsCounted:
    '{actor} counted {ballots.count} ballots of round {roundNumber} (shuffled, no voter), {tally.validBallots} valid',
  CandidatesElected: '{actor}: elected in round {roundNumber}: {elected}',
  TieAtCutOff:
    '{actor}: round {roundNumber} tied at {cutOffVotes} votes: {tied}; a new ballot decides {seatsAtStake} seats',
  SeatsUnfilled: '{actor}: {remainingSeats} seats remain unfilled after round {roundNumber}',
  SeatsReduced: '{actor} reduced the seats of election {electionId} from {seatsBefore} to {seatsAfter}: {reason}',
  ElectionCompleted: '{actor}: election {electionId} completed; elected: {elected}',

  // results
  ResultAnnounced: '{actor} announced the result of election {electionId} to the congress: {elected}',
  ResultApproved: '{actor} ({partyCommitteeId}) approved the result of election {electionId}, reference {reference}',
  ResultReturned: '{actor} ({partyCommitteeId}) returned the result of election {electionId}: {reasons}',
  ResultResubmitted: '{actor} resubmitted the result of election {electionId}, answering: {response}',
  ResultFiled:
    '{actor} filed the result of election {electionId} with {federationId} ({filedOn}, reference {reference})',

  // proposals
  ProposalWindowOpened:
    '{actor} opened the proposal window of congress {congressId} (joint proposals need {policy.minCoSigners} co-signers; answers within {policy.answerDueDays} days)',
  ProposalWindowClosed: '{actor} closed the proposal window of congress {congressId}',
  ProposalCommitteeAppointed: '{actor} appointed a proposal committee of {memberIds.count}',
  ProposalSubmitted: '{actor} submitted the proposal "{title}" ({proposalId}, {coSignerIds.count} co-signers)',
  CoSignatureConfirmed: '{actor} confirmed co-signing proposal {proposalId}',
  CoSignatureDeclined: '{actor} declined to co-sign proposal {proposalId}',
  ProposalFiled: '{actor}: proposal {proposalId} filed as No. {number}',
  ProposalLapsed: '{actor}: proposal {proposalId} lapsed ({reason})',
  ProposalWithdrawn: '{actor} withdrew proposal {proposalId}: {reason}',
  ProposalScreened: '{actor} screened proposal {proposalId}: {outcome} (into {mergedInto}); reason: {reason}',
  ProposalAssigned: '{actor} assigned proposal {proposalId} to {unitId}, due {dueOn}',
  AnswerDrafted: '{actor} ({unitId}) drafted the answer to proposal {proposalId}',
  AnswerPublished:
    '{actor} ({unitId}) published the answer to proposal {proposalId}: {answer.category}, {daysToAnswer} days, late: {late}',
  AnswerRated: '{actor} rated the answer of {unitId} to proposal {proposalId}: {rating}',
  HandlingReopened: '{actor}: proposal {proposalId} reopened with {unitId}, due {dueOn}',
  FollowUpAsked: '{actor} asked {unitId} about proposal {proposalId}: {question}',
  FollowUpAnswered: '{actor} ({unitId}) answered follow-up {questionId} on proposal {proposalId}',

  // motions
  MotionPut: '{actor} put the motion "{title}" ({kind}, {mode}) on the business of congress {congressId}',
  MotionVoteOpened: '{actor} opened the vote on motion {motionId} at sitting {sittingId}, {roll.count} present',
  MotionQuorumNotReached:
    '{actor}: sitting {sittingId} short of its quorum ({present} present, {requiredPresent} needed); no vote on motion {motionId}',
  RollCallVoteCast: '{actor} voted {choice} on motion {motionId} by name',
  MotionTallyEntered:
    '{actor} entered the count of motion {motionId} under scrutineer {scrutineerId}: {returned} returned, {for} for, {against} against, {abstain} abstain, {invalid} invalid',
  MotionVoteVoided: '{actor}: the vote on motion {motionId} is void ({issued} issued, {returned} returned)',
  MotionAdopted: '{actor}: motion {motionId} adopted ({tally.for} for, at least {required} needed)',
  MotionRejected: '{actor}: motion {motionId} not adopted ({tally.for} for, at least {required} needed)',

  // union staff
  DepartmentCreated: '{actor} created the department "{name}" ({departmentId})',
  DepartmentRenamed: '{actor} renamed department {departmentId} to "{name}"',
  DepartmentDissolved: '{actor} dissolved department {departmentId}: {reason}',
  StaffAppointed: '{actor} appointed student {studentId} as {post.role} of {post.departmentId} (Art. 18 checked)',
  StaffRemoved: '{actor} removed student {studentId} from their post: {reason}',
  PresidiumSeated:
    '{actor} seated the presidium elected in {electionId} ({memberIds.count} members; {leavingIds.count} leaving)',
  CollegePresidiumFiled:
    '{actor} filed the college presidium with {schoolUnionId} ({memberIds.count} members elected {electedOn}, {reference})',
  CollegePresidiumAcknowledged:
    '{actor} ({schoolUnionId}) acknowledged the presidium filing of {organisationId} ({reference})',
  ChairRotationScheduled: "{actor} set the executive chair's rotation ({terms.count} terms)",

  // college union assessment
  CollegeWorkReported:
    '{actor}: {organisationId} reported its {semester} work to {schoolUnionId} ({form}, {reportedOn}, late: {late})',
  CollegeUnionAssessed:
    '{actor} ({schoolUnionId}) assessed {organisationId} for {semester} (round {round}): {outcome}; findings: {findings}; rectify by {rectifyBy}',
  CollegeRectificationReported:
    '{actor}: {organisationId} reported its rectification for {semester} round {round} ({reportedOn}, deadline {rectifyBy}, late: {late})',
  ReviewPeriodOpened:
    '{actor} opened the {semester} staff review of {organisationId} ({reviewees.count} reviewees, rubric {rules.rubric.version})',
  PanellistsAppointed:
    '{actor} appointed {members.count} panellists to the {semester} review of {organisationId} ({stage}, re-review of {revieweeId})',
  PanellistRecused:
    '{actor}: panellist {panellistId} declared a conflict with {revieweeId} and is recused ({semester}, {stage}): {conflict}',
  ReviewPanelShort:
    '{actor}: after a recusal the panel hearing {revieweeId} breaks the composition rule ({rule}): {detail}',
  ReviewScoreSubmitted:
    '{actor}: panellist {panellistId} scored {revieweeId} ({semester}, {stage}, rubric {rubricVersion})',
  ReviewResultsPublished:
    '{actor} published the {semester} review results of {organisationId} for {results.count} reviewees (pass mark {passMark}, re-review by {appealBy})',
  ReviewAppealFiled: '{actor}: {revieweeId} asked for a re-review of the {semester} result: {reasons}',
  ReviewAppealDecided:
    '{actor}: re-review of {revieweeId}: {outcome} (original {original.final}, revised {revised.final})',
  PostDecided: '{actor} decided on the post of {revieweeId} (result {final}): {decision}; reason: {reason}',

  // prior approval (Art. 12)
  MatterSubmitted:
    '{actor}: {organisationId} submitted {matterType} {matterId} “{title}” for prior approval ({chain.count} steps, policy revision {policyRevision}; step 1 with {body} by {dueBy})',
  MatterStepApproved:
    '{actor} ({body}, for {decidedFor}) approved step {step} of matter {matterId}; next: {nextBody} by {dueBy}',
  MatterApproved:
    '{actor}: matter {matterId} ({matterType}) approved through all {steps} steps, under policy revision {policyRevision}',
  MatterReturned: '{actor} ({body}, for {decidedFor}) returned matter {matterId} at step {step}: {reasons}',
  MatterResubmitted:
    '{actor}: {organisationId} resubmitted matter {matterId} to step {step} ({body} by {dueBy}): {changes}',
  MatterRefused: '{actor} ({body}, for {decidedFor}) refused matter {matterId} at step {step}: {reasons}',
  MatterStepEscalated:
    '{actor}: step {step} of matter {matterId} ({body}, due {missedDueBy}) escalated to {escalatedTo}, due {dueBy}',
  ActivityHeld: '{actor}: {organisationId} recorded activity {matterId} as held on {heldOn}',

  // volunteer projects (Art. 13)
  VolunteerProjectOpened:
    '{actor}: {organisationId} opened volunteer project {projectId} “{title}” for activity {matterId}, led by {leadId} ({roles.count} roles)',
  VolunteerApplied: '{actor}: student {studentId} applied to project {projectId} as {role}',
  VolunteerInvited: '{actor} invited student {studentId} to project {projectId} as {role}',
  VolunteerJoined: '{actor}: student {studentId} joined project {projectId} as {role} (by {via})',
  VolunteerHoursRecorded:
    '{actor} recorded {minutes} minutes on {workedOn} for student {studentId} in project {projectId}',
  VolunteerProjectClosed:
    '{actor} closed volunteer project {projectId}: disbanded, {released.count} members released with their hours, {lapsed.count} lapsed',

  // misconduct cases (Art. 21; confidential: shown to supervisors only)
  MisconductReported:
    '{actor} reported misconduct of staff member {staffId} ({post}) of {organisationId}: case {caseId}',
  MisconductFindingsRecorded: '{actor} recorded the findings of misconduct case {caseId}',
  MisconductStatementGiven: '{actor}: {staffId} gave a statement in misconduct case {caseId}',
  MisconductDecided: '{actor} decided misconduct case {caseId}: {outcome} (referred to {referredTo})',
  MisconductAppealed: '{actor}: {staffId} appealed the decision of misconduct case {caseId}',
  MisconductAppealDecided: '{actor} decided the appeal of misconduct case {caseId} (decision upheld: {upheld})',
};

/** A type with no sentence of its own (one added later) still reads. */
export const GENERIC_DESCRIPTION_EN = '{actor} recorded {type}';
