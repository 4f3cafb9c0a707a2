import type { DescriptionTemplates } from './description-templates.js';

/**
 * 简体中文：每种事件一句话的说明模板（issue 13 第 1 项 "readable entries"）。`{actor}` 是操作人
 * 「编号 (组织名称, 角色)」；其余 `{字段}` 取自事件数据，嵌套字段用点号，列表的 `.count` 是项数。
 */
export const EVENT_DESCRIPTIONS_ZH: DescriptionTemplates = {
  // 组织
  OrganisationRegistered: '{actor} 登记了组织「{name}」（{organisationId}，类型 {kind}，上级 {parentId}）',
  PolicyChanged: '{actor} 修改了「{organisationName}」的章程参数：{changes}；理由：{reason}',
  OrganisationRenamed: '{actor} 将组织 {organisationId} 更名为「{name}」',

  // 学生与名册
  StudentEnrolled: '{actor} 通过名册导入登记学生 {studentId} 入籍（{collegeId}，{grade} 级，{major}）',
  StudentRecordUpdated: '{actor} 通过名册导入更新了学生 {studentId} 的信息（{changes.keys}）',
  StudentLeft: '{actor} 记录学生 {studentId} 已不在 {collegeId} 的名册上',
  PersonalDataErased: '{actor} 删除了学生 {studentId} 的个人信息（其密钥已销毁）',
  StudentRollImported:
    '{actor} 导入名册文件（{fileType}，SHA-256 {fileSha256}，{rows} 行）：新登记 {counts.enrolled}，更新 {counts.updated}，离开 {counts.left}，未变 {counts.unchanged}，跳过 {counts.rejectedRows}',

  // 学生代表大会与代表
  CongressConvened:
    '{actor} 召集第 {number} 届学生代表大会（{year} 年，{congressId}），代表名额 {targetSeats} 个，法定人数 {quorum}',
  DelegateRecommended: '{actor} 推荐学生 {studentId} 为 {collegeId} 的代表（团支部 {branchId}）',
  DelegateElected: '{actor} 记录学生 {studentId} 当选为 {collegeId} 的代表',
  DelegateNotElected: '{actor} 记录学生 {studentId} 未当选 {collegeId} 的代表',
  DelegateQualified: '{actor} 确认了代表 {studentId} 的资格',
  DelegateRejected: '{actor} 未确认代表 {studentId} 的资格，理由：{reason}',
  DelegateWithdrawn: '{actor} 撤回了代表 {studentId}，理由：{reason}',
  CollegeCongressPartyApproved:
    '{actor}（{partyOrgId}）批准 {organisationId} 召开学生代表大会 {congressId}（第 {request} 次报批），依据：{reason}',
  CollegeCongressSchoolApproved:
    '{actor}（{schoolUnionId}）批复同意 {organisationId} 召开学生代表大会 {congressId}（第 {request} 次报批）',
  CollegeCongressSchoolRefused:
    '{actor}（{schoolUnionId}）批复不同意 {organisationId} 召开学生代表大会 {congressId}（第 {request} 次报批），理由：{reasons}',

  // 会议
  SittingOpened: '{actor} 开始会议「{title}」（{sittingId}），应到代表 {roll.count} 人，法定人数 {required} 人',
  DelegateCheckedIn: '{actor} 为代表 {delegateId} 签到，现到 {present} 人',
  DelegateCheckedOut: '{actor} 为代表 {delegateId} 签退，现到 {present} 人',
  QuorumReached: '{actor}：会议 {sittingId} 达到法定人数（到会 {count.present} 人，需 {count.required} 人）',
  QuorumLost: '{actor}：会议 {sittingId} 不再达到法定人数（到会 {count.present} 人，需 {count.required} 人）',
  BusinessOpened: '{actor}：会议 {sittingId} 开始议事（到会 {count.present} 人，需 {count.required} 人）',
  SittingQuorumNotReached:
    '{actor}：会议 {sittingId} 未达法定人数，不能开始议事（到会 {count.present} 人，需 {count.required} 人）',
  SittingClosed: '{actor} 结束会议 {sittingId}（到会 {present} 人）',

  // 候选人提名
  NominationsOpened: '{actor} 为代表大会 {congressId} 开始选举 {electionId}（{office}，名额 {seats}）的候选人提名',
  CandidateRecommended: '{actor} 推荐 {name}（{studentId}，{collegeId}）为选举 {electionId} 的候选人',
  PartyConsentGiven: '{actor} 同意候选人 {studentId} 参选（{partyOrgId}）',
  PartyConsentRefused: '{actor} 不同意候选人 {studentId} 参选（{partyOrgId}），理由：{reason}',
  EligibilityChecked: '{actor}（{by}）审查了候选人 {studentId} 的资格，符合条件：{eligible}',
  InterviewSignedOff: '{actor}（{by}）签署了候选人 {studentId} 的面试意见',
  InterviewRejected: '{actor}（{by}）面试未通过候选人 {studentId}，理由：{reason}',
  CandidateCleared: '{actor}：候选人 {studentId} 已通过审查，等待党委确认',
  CandidateListConfirmed: '{actor} 确认了选举 {electionId} 的候选人名单（{seats} 个席位）：{candidates}',

  // 投票
  ElectionSetUp: '{actor} 设立选举 {electionId}（{seats} 个席位），候选人：{candidates}',
  ScrutineerAppointed: '{actor} 任命 {name} 为选举 {electionId} 的监票人',
  TellerAppointed: '{actor} 任命 {name} 为选举 {electionId} 的计票人',
  QuorumNotReached:
    '{actor}：选举 {electionId} 未达法定人数（到会 {present} 人，需 {requiredPresent} 人），不能开始投票',
  RoundOpened: '{actor} 开始选举 {electionId} 第 {roundNumber} 轮投票（{seats} 个席位，有表决权代表 {roll.count} 人）',
  BallotIssued: '{actor}：第 {roundNumber} 轮向代表 {delegateId} 发出选票',
  BallotReturned: '{actor}：第 {roundNumber} 轮代表 {delegateId} 已交回选票',
  RoundClosed: '{actor} 结束第 {roundNumber} 轮投票：发出 {issued} 张，收回 {returned} 张，票箱中 {received} 张',
  RoundVoided:
    '{actor}：第 {roundNumber} 轮投票无效（{reasons}）：发出 {issued} 张，收回 {returned} 张，票箱中 {received} 张',
  BallotsCounted:
    '{actor} 清点第 {roundNumber} 轮选票 {ballots.count} 张（顺序已打乱，不含投票人），有效 {tally.validBallots} 张',
  CandidatesElected: '{actor}：第 {roundNumber} 轮当选：{elected}',
  TieAtCutOff: '{actor}：第 {roundNumber} 轮在 {cutOffVotes} 票处并列：{tied}，需另行投票决定 {seatsAtStake} 个席位',
  SeatsUnfilled: '{actor}：第 {roundNumber} 轮后仍有 {remainingSeats} 个席位空缺',
  SeatsReduced: '{actor} 将选举 {electionId} 的席位从 {seatsBefore} 个减为 {seatsAfter} 个，理由：{reason}',
  ElectionCompleted: '{actor}：选举 {electionId} 完成，当选：{elected}',

  // 选举结果
  ResultAnnounced: '{actor} 向代表大会宣布选举 {electionId} 的结果：{elected}',
  ResultApproved: '{actor}（{partyCommitteeId}）批准了选举 {electionId} 的结果，文号 {reference}',
  ResultReturned: '{actor}（{partyCommitteeId}）退回了选举 {electionId} 的结果，理由：{reasons}',
  ResultResubmitted: '{actor} 重新提交了选举 {electionId} 的结果，答复：{response}',
  ResultFiled: '{actor} 将选举 {electionId} 的结果报 {federationId} 备案（{filedOn}，备案号 {reference}）',

  // 提案
  ProposalWindowOpened:
    '{actor} 开始征集代表大会 {congressId} 的提案（联名至少 {policy.minCoSigners} 人附议，{policy.answerDueDays} 天内答复）',
  ProposalWindowClosed: '{actor} 截止代表大会 {congressId} 的提案征集',
  ProposalCommitteeAppointed: '{actor} 任命提案委员会成员 {memberIds.count} 人',
  ProposalSubmitted: '{actor} 提交提案「{title}」（{proposalId}，附议人 {coSignerIds.count} 人）',
  CoSignatureConfirmed: '{actor} 确认附议提案 {proposalId}',
  CoSignatureDeclined: '{actor} 谢绝附议提案 {proposalId}',
  ProposalFiled: '{actor}：提案 {proposalId} 立为第 {number} 号',
  ProposalLapsed: '{actor}：提案 {proposalId} 未能成立（{reason}）',
  ProposalWithdrawn: '{actor} 撤回提案 {proposalId}，理由：{reason}',
  ProposalScreened: '{actor} 审查提案 {proposalId}：{outcome}（并入 {mergedInto}），理由：{reason}',
  ProposalAssigned: '{actor} 将提案 {proposalId} 交 {unitId} 办理，{dueOn} 前答复',
  AnswerDrafted: '{actor}（{unitId}）起草了提案 {proposalId} 的答复',
  AnswerPublished:
    '{actor}（{unitId}）发布提案 {proposalId} 的答复：{answer.category}，用时 {daysToAnswer} 天，逾期：{late}',
  AnswerRated: '{actor} 评价 {unitId} 对提案 {proposalId} 的答复：{rating}',
  HandlingReopened: '{actor}：提案 {proposalId} 重新交 {unitId} 办理，{dueOn} 前答复',
  FollowUpAsked: '{actor} 就提案 {proposalId} 向 {unitId} 提出询问：{question}',
  FollowUpAnswered: '{actor}（{unitId}）答复了提案 {proposalId} 的询问 {questionId}',

  // 议案与表决
  MotionPut: '{actor} 将议案「{title}」（{kind}，{mode}）列入代表大会 {congressId} 议程',
  MotionVoteOpened: '{actor} 在会议 {sittingId} 开始表决议案 {motionId}，出席代表 {roll.count} 人',
  MotionQuorumNotReached:
    '{actor}：会议 {sittingId} 未达法定人数（到会 {present} 人，需 {requiredPresent} 人），议案 {motionId} 不能表决',
  RollCallVoteCast: '{actor} 对议案 {motionId} 记名表决：{choice}',
  MotionTallyEntered:
    '{actor} 录入议案 {motionId} 的计票结果（监票人 {scrutineerId}）：收回 {returned} 张，赞成 {for}，反对 {against}，弃权 {abstain}，无效 {invalid}',
  MotionVoteVoided: '{actor}：议案 {motionId} 的表决无效（发出 {issued} 张，收回 {returned} 张）',
  MotionAdopted: '{actor}：议案 {motionId} 通过（赞成 {tally.for} 票，须至少 {required} 票）',
  MotionRejected: '{actor}：议案 {motionId} 未通过（赞成 {tally.for} 票，须至少 {required} 票）',

  // 学生会干部
  DepartmentCreated: '{actor} 设立工作部门「{name}」（{departmentId}）',
  DepartmentRenamed: '{actor} 将部门 {departmentId} 更名为「{name}」',
  DepartmentDissolved: '{actor} 撤销部门 {departmentId}，理由：{reason}',
  StaffAppointed: '{actor} 任命学生 {studentId} 为 {post.departmentId} {post.role}（第十八条各项条件已核对）',
  StaffRemoved: '{actor} 免去学生 {studentId} 的职务，理由：{reason}',
  PresidiumSeated: '{actor} 依据选举 {electionId} 的结果组成主席团（{memberIds.count} 人），离任 {leavingIds.count} 人',
  CollegePresidiumFiled:
    '{actor} 向 {schoolUnionId} 报备院学生会主席团（{memberIds.count} 人，{electedOn} 选举，{reference}）',
  CollegePresidiumAcknowledged: '{actor}（{schoolUnionId}）确认收到 {organisationId} 的主席团备案（{reference}）',
  ChairRotationScheduled: '{actor} 确定执行主席轮值安排（{terms.count} 期）',

  // 学院学生会工作评议
  CollegeWorkReported:
    '{actor}：{organisationId} 向 {schoolUnionId} 汇报 {semester} 学期工作（形式 {form}：meeting 集中会议，written 书面；{reportedOn}，逾期：{late}）',
  CollegeUnionAssessed:
    '{actor}（{schoolUnionId}）评议 {organisationId} 的 {semester} 学期工作（第 {round} 轮），结果 {outcome}（pass 合格，fail 不合格）；问题：{findings}；整改期限 {rectifyBy}',
  CollegeRectificationReported:
    '{actor}：{organisationId} 汇报 {semester} 学期第 {round} 轮评议的整改结果（{reportedOn}，期限 {rectifyBy}，逾期：{late}）',
  // 述职评议
  ReviewPeriodOpened:
    '{actor} 开启 {organisationId} {semester} 学期的述职评议（评议对象 {reviewees.count} 人，评分细则 {rules.rubric.version}）',
  PanellistsAppointed:
    '{actor} 为 {organisationId} {semester} 学期述职评议（{stage}，复核对象 {revieweeId}）增补评议人 {members.count} 名',
  PanellistRecused:
    '{actor}：评议人 {panellistId} 申报与 {revieweeId} 存在利益冲突并回避（{semester}，{stage}）：{conflict}',
  ReviewPanelShort: '{actor}：回避后，评议 {revieweeId} 的评议会不符合组成规定（{rule}）：{detail}',
  ReviewScoreSubmitted:
    '{actor}：评议人 {panellistId} 对 {revieweeId} 提交了评分（{semester}，{stage}，细则 {rubricVersion}）',
  ReviewResultsPublished:
    '{actor} 统一公布 {organisationId} {semester} 学期述职评议结果 {results.count} 人（合格线 {passMark}，复核申请截止 {appealBy}）',
  ReviewAppealFiled: '{actor}：{revieweeId} 对 {semester} 学期述职评议结果申请复核：{reasons}',
  ReviewAppealDecided:
    '{actor}：{revieweeId} 的复核结果：{outcome}（原结果 {original.final}，复核结果 {revised.final}）',
  PostDecided: '{actor} 对 {revieweeId}（评议结果 {final}）作出处理决定：{decision}；理由：{reason}',

  // 事前审批（第十二条）
  MatterSubmitted:
    '{actor}：{organisationId} 报批{matterType}事项 {matterId}「{title}」（审批链 {chain.count} 个环节，章程参数版本 {policyRevision}；第 1 环节由 {body} 于 {dueBy} 前审批）',
  MatterStepApproved:
    '{actor}（{body}，代表 {decidedFor}）批准事项 {matterId} 第 {step} 环节；下一环节 {nextBody}，期限 {dueBy}',
  MatterApproved: '{actor}：事项 {matterId}（{matterType}）{steps} 个环节全部批准，依据章程参数版本 {policyRevision}',
  MatterReturned: '{actor}（{body}，代表 {decidedFor}）在第 {step} 环节退回事项 {matterId}，理由：{reasons}',
  MatterResubmitted:
    '{actor}：{organisationId} 重新报批事项 {matterId} 至第 {step} 环节（{body}，期限 {dueBy}）：{changes}',
  MatterRefused: '{actor}（{body}，代表 {decidedFor}）在第 {step} 环节不予批准事项 {matterId}，理由：{reasons}',
  MatterStepEscalated:
    '{actor}：事项 {matterId} 第 {step} 环节（{body}，期限 {missedDueBy}）超期，上报 {escalatedTo}，新期限 {dueBy}',
  ActivityHeld: '{actor}：{organisationId} 登记活动 {matterId} 已于 {heldOn} 举办',

  // 志愿者项目（第十三条）
  VolunteerProjectOpened:
    '{actor}：{organisationId} 为活动 {matterId} 设立志愿者项目 {projectId}「{title}」，负责人 {leadId}（{roles.count} 个岗位）',
  VolunteerApplied: '{actor}：学生 {studentId} 报名项目 {projectId} 的 {role} 岗位',
  VolunteerInvited: '{actor} 邀请学生 {studentId} 担任项目 {projectId} 的 {role} 岗位',
  VolunteerJoined: '{actor}：学生 {studentId} 加入项目 {projectId}，岗位 {role}（方式 {via}）',
  VolunteerHoursRecorded: '{actor} 为项目 {projectId} 的学生 {studentId} 登记 {workedOn} 服务 {minutes} 分钟',
  VolunteerProjectClosed:
    '{actor} 结束志愿者项目 {projectId}：项目解散，{released.count} 名成员连同服务时长解除，{lapsed.count} 项未录用',

  // 违纪处理（第二十一条；保密，仅监督人员可见）
  MisconductReported: '{actor} 举报 {organisationId} 工作人员 {staffId}（{post}）违纪：案件 {caseId}',
  MisconductFindingsRecorded: '{actor} 记录违纪案件 {caseId} 的调查结论',
  MisconductStatementGiven: '{actor}：{staffId} 在违纪案件 {caseId} 中陈述申辩',
  MisconductDecided: '{actor} 对违纪案件 {caseId} 作出处理决定：{outcome}（移送 {referredTo}）',
  MisconductAppealed: '{actor}：{staffId} 对违纪案件 {caseId} 的处理决定提出申诉',
  MisconductAppealDecided: '{actor} 对违纪案件 {caseId} 的申诉作出决定（维持原决定：{upheld}）',
};

/** 未登记说明的事件类型（例如将来新增的类型）也读得懂。 */
export const GENERIC_DESCRIPTION_ZH = '{actor} 记录了事件 {type}';
