/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 date-time in UTC, e.g. 2026-11-23T08:00:00.000Z. */
  DateTime: { input: string; output: string; }
};

/** 预约: slots offered to the customer, then the one agreed. */
export type Appointment = {
  __typename?: 'Appointment';
  changes: Array<AppointmentChange>;
  confirmed?: Maybe<Slot>;
  confirmedAt?: Maybe<Scalars['DateTime']['output']>;
  /** CUSTOMER (through their link) or STAFF (agreed on the phone). */
  confirmedBy?: Maybe<Scalars['String']['output']>;
  proposed: Array<Slot>;
  status: AppointmentStatus;
  /** Whether the assigned technician works at the agreed time by their calendar; false: move the time or reassign. */
  technicianWorks?: Maybe<Scalars['Boolean']['output']>;
  withinCommitment?: Maybe<Scalars['Boolean']['output']>;
};

export type AppointmentChange = {
  __typename?: 'AppointmentChange';
  at: Scalars['DateTime']['output'];
  by: Scalars['String']['output'];
  cause: DelayCause;
  from?: Maybe<Slot>;
  pausedMinutes: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
  to: Slot;
};

export type AppointmentStatus =
  | 'CONFIRMED'
  | 'PROPOSED';

/** Something that happened to a customer or a product, in any service. */
export type ArchiveEntry = {
  __typename?: 'ArchiveEntry';
  at: Scalars['DateTime']['output'];
  /** A request step (CREATED, ACKNOWLEDGE, WARRANTY_OVERRIDDEN, EMAIL_RECEIVED, …) or another service's event (QUEUED, …). */
  kind: Scalars['String']['output'];
  requestId?: Maybe<Scalars['ID']['output']>;
  requestNumber?: Maybe<Scalars['String']['output']>;
  serialNumber: Scalars['String']['output'];
  /** intake, dispatch, … */
  source: Scalars['String']['output'];
  summary: Scalars['String']['output'];
};

export type ArrivalCommitments = {
  __typename?: 'ArrivalCommitments';
  city: CommitmentDuration;
  inProvince: CommitmentDuration;
  outOfProvince: CommitmentDuration;
  remote: CommitmentDuration;
  suburb: CommitmentDuration;
};

export type ArrivalCommitmentsInput = {
  city: CommitmentDurationInput;
  inProvince: CommitmentDurationInput;
  outOfProvince: CommitmentDurationInput;
  remote: CommitmentDurationInput;
  suburb: CommitmentDurationInput;
};

export type AssessInput = {
  complexity: Complexity;
  emergency?: InputMaybe<Scalars['Boolean']['input']>;
  /** Parts the repair will likely need: the technician loads them before leaving. */
  expectedParts?: InputMaybe<Array<ExpectedPartInput>>;
  location?: InputMaybe<GeoPointInput>;
  note?: InputMaybe<Scalars['String']['input']>;
  serviceRequestId: Scalars['ID']['input'];
  skill?: InputMaybe<Scalars['String']['input']>;
  visitType: VisitType;
};

/** Why a technician got the job. */
export type AssignmentReason = {
  __typename?: 'AssignmentReason';
  code: Scalars['String']['output'];
  distanceKm?: Maybe<Scalars['Float']['output']>;
  mode: Scalars['String']['output'];
  text: LocalizedText;
};

export type AutoDispatchResult = {
  __typename?: 'AutoDispatchResult';
  assigned: Scalars['Int']['output'];
  unassigned: Array<UnassignedWorkOrder>;
};

export type CalendarDay = {
  __typename?: 'CalendarDay';
  date: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type CalendarDayInput = {
  date: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

export type CalendarSettings = {
  __typename?: 'CalendarSettings';
  closures: Array<Scalars['String']['output']>;
  extraWorkdays: Array<Scalars['String']['output']>;
  /** The country whose statutory holidays and make-up workdays (调休) apply, or null. */
  nationalCalendar?: Maybe<Scalars['String']['output']>;
  timeZone: Scalars['String']['output'];
  /** Seven days, Monday first; each a list of working intervals. */
  week: Array<Array<WorkingInterval>>;
};

export type CalendarSettingsInput = {
  closures: Array<Scalars['String']['input']>;
  extraWorkdays: Array<Scalars['String']['input']>;
  nationalCalendar?: InputMaybe<Scalars['String']['input']>;
  timeZone: Scalars['String']['input'];
  week: Array<Array<WorkingIntervalInput>>;
};

/** How the customer reached the company. */
export type Channel =
  | 'EMAIL'
  | 'PHONE'
  | 'WALK_IN'
  | 'WEB'
  | 'WECHAT';

export type ChargeLine = {
  __typename?: 'ChargeLine';
  amount: Scalars['Int']['output'];
  description: Scalars['String']['output'];
  /** CALL_OUT, DEPOT, LABOUR or PART. */
  kind: Scalars['String']['output'];
  quantity: Scalars['Float']['output'];
  unitPrice: Scalars['Int']['output'];
};

/** What the customer pays, in fen: nothing in warranty. */
export type Charges = {
  __typename?: 'Charges';
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  /** CUSTOMER (their link) or ON_SITE (on the technician's phone). */
  acceptedBy?: Maybe<Scalars['String']['output']>;
  acceptedTotal?: Maybe<Scalars['Int']['output']>;
  chargeable: Scalars['Boolean']['output'];
  currency: Scalars['String']['output'];
  lines: Array<ChargeLine>;
  total: Scalars['Int']['output'];
};

export type CommitmentDuration = {
  __typename?: 'CommitmentDuration';
  amount: Scalars['Int']['output'];
  basis: TimeBasis;
  unit: DurationUnit;
};

export type CommitmentDurationInput = {
  amount: Scalars['Int']['input'];
  basis: TimeBasis;
  unit: DurationUnit;
};

export type CommitmentPolicy = {
  __typename?: 'CommitmentPolicy';
  arrival: ArrivalCommitments;
  complaint: ComplaintCommitments;
  dispatch: CommitmentDuration;
  emergencyArrival: CommitmentDuration;
  firstResponse: CommitmentDuration;
  followUp: CommitmentDuration;
  repair: RepairCommitments;
  targets: KpiTargets;
  warranty: Array<WarrantyRule>;
};

export type CommitmentPolicyInput = {
  arrival: ArrivalCommitmentsInput;
  complaint: ComplaintCommitmentsInput;
  dispatch: CommitmentDurationInput;
  emergencyArrival: CommitmentDurationInput;
  firstResponse: CommitmentDurationInput;
  followUp: CommitmentDurationInput;
  repair: RepairCommitmentsInput;
  targets: KpiTargetsInput;
  warranty: Array<WarrantyRuleInput>;
};

/** One version of a tenant's published service commitments (服务承诺). */
export type Commitments = {
  __typename?: 'Commitments';
  calendar: CalendarSettings;
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['String']['output'];
  policy: CommitmentPolicy;
  regions: RegionSettings;
  version: Scalars['Int']['output'];
};

export type ComplaintCommitments = {
  __typename?: 'ComplaintCommitments';
  contact: CommitmentDuration;
  plan: CommitmentDuration;
  verification: CommitmentDuration;
};

export type ComplaintCommitmentsInput = {
  contact: CommitmentDurationInput;
  plan: CommitmentDurationInput;
  verification: CommitmentDurationInput;
};

export type Complexity =
  | 'COMPLEX'
  | 'SIMPLE';

/** 服务确认. */
export type Confirmation = {
  __typename?: 'Confirmation';
  at?: Maybe<Scalars['DateTime']['output']>;
  comment?: Maybe<Scalars['String']['output']>;
  /** SIGNATURE or LINK. */
  method?: Maybe<Scalars['String']['output']>;
  signerName?: Maybe<Scalars['String']['output']>;
  status: ConfirmationStatus;
};

export type ConfirmationStatus =
  | 'CONFIRMED'
  | 'DISPUTED'
  | 'PENDING';

export type CreateServiceRequestInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  category: ServiceRequestCategory;
  channel: Channel;
  customerEmail?: InputMaybe<Scalars['String']['input']>;
  customerName: Scalars['String']['input'];
  customerPhone: Scalars['String']['input'];
  divisionCode?: InputMaybe<Scalars['String']['input']>;
  emergency?: InputMaybe<Scalars['Boolean']['input']>;
  priority?: InputMaybe<Priority>;
  problemDescription: Scalars['String']['input'];
  productModel: Scalars['String']['input'];
  /** YYYY-MM-DD; when absent, the registered purchase date of the serial number. */
  purchaseDate?: InputMaybe<Scalars['String']['input']>;
  serialNumber?: InputMaybe<Scalars['String']['input']>;
};

export type CreateTenantInput = {
  /** Short code: lower-case letters, digits and dashes. */
  code: Scalars['String']['input'];
  /** The Keycloak organization of the tenant's users; defaults to the new tenant's id. */
  keycloakOrganizationId?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** IANA time zone of the tenant's business calendar; default Asia/Shanghai. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type CustomerAddress = {
  __typename?: 'CustomerAddress';
  detail: Scalars['String']['output'];
  divisionCode: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** 省 / 市 / 区县. */
  path?: Maybe<Scalars['String']['output']>;
  /** The arrival tier under the tenant's current regions. */
  tier?: Maybe<RegionTier>;
};

export type CustomerAddressInput = {
  detail: Scalars['String']['input'];
  divisionCode: Scalars['String']['input'];
  label?: InputMaybe<Scalars['String']['input']>;
};

/** A customer's service archive (客户售后服务档案) as intake knows it. */
export type CustomerArchive = {
  __typename?: 'CustomerArchive';
  addresses: Array<CustomerAddress>;
  contactPerson: Scalars['String']['output'];
  email?: Maybe<Scalars['String']['output']>;
  firstSeenAt: Scalars['DateTime']['output'];
  /** Everything that happened to the customer and their products across services, newest first (at most 100). */
  history: Array<ArchiveEntry>;
  id: Scalars['ID']['output'];
  kind: CustomerKind;
  name: Scalars['String']['output'];
  note: Scalars['String']['output'];
  openRequestCount: Scalars['Int']['output'];
  phones: Array<Scalars['String']['output']>;
  products: Array<OwnedProduct>;
  /** Newest first, at most 20. */
  recentRequests: Array<CustomerRequestSummary>;
  requestCount: Scalars['Int']['output'];
};

/** A customer's whole profile; lists replace what was there. */
export type CustomerInput = {
  addresses?: InputMaybe<Array<CustomerAddressInput>>;
  contactPerson?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  /** Absent for a new customer. */
  id?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<CustomerKind>;
  name: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  phones: Array<Scalars['String']['input']>;
  products?: InputMaybe<Array<OwnedProductInput>>;
};

export type CustomerKind =
  | 'ORGANIZATION'
  | 'PERSON';

export type CustomerRef = {
  __typename?: 'CustomerRef';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type CustomerRequestSummary = {
  __typename?: 'CustomerRequestSummary';
  category: ServiceRequestCategory;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  number: Scalars['String']['output'];
  productModel: Scalars['String']['output'];
  serialNumber: Scalars['String']['output'];
  status: ServiceRequestStatus;
};

export type CustomerVisitStep =
  | 'ACCEPT_CHARGES'
  /** With start: the slot the customer takes. */
  | 'CHOOSE_SLOT'
  | 'CONFIRM_SERVICE'
  /** Needs a comment. */
  | 'DISPUTE_SERVICE';

export type DailyKpis = {
  __typename?: 'DailyKpis';
  completed: Scalars['Int']['output'];
  date: Scalars['String']['output'];
  firstTimeFixRate?: Maybe<Scalars['Float']['output']>;
  onTimeArrivalRate?: Maybe<Scalars['Float']['output']>;
};

/** A replaced part returned with why it failed (旧件返还). */
export type Defect = {
  __typename?: 'Defect';
  cause: FailureCause;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  partId: Scalars['ID']['output'];
  partName: Scalars['String']['output'];
  partSerial?: Maybe<Scalars['String']['output']>;
  productModel: Scalars['String']['output'];
  productSerial: Scalars['String']['output'];
  quantity: Scalars['Int']['output'];
  requestNumber: Scalars['String']['output'];
  returnedAt: Scalars['DateTime']['output'];
  sku: Scalars['String']['output'];
  workOrderId: Scalars['ID']['output'];
};

/** Pareto of returned defective parts: most frequent first, with the running share. */
export type DefectAnalysis = {
  __typename?: 'DefectAnalysis';
  rows: Array<DefectGroup>;
  total: Scalars['Int']['output'];
};

export type DefectGroup = {
  __typename?: 'DefectGroup';
  count: Scalars['Int']['output'];
  cumulativeShare: Scalars['Float']['output'];
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  share: Scalars['Float']['output'];
};

export type DefectGrouping =
  | 'CAUSE'
  | 'MODEL'
  | 'PART';

export type DelayCause =
  /** The company's doing: the clock keeps running. */
  | 'COMPANY'
  /** The customer asked: the arrival clock pauses for the delay. */
  | 'CUSTOMER';

export type DepotRecord = {
  __typename?: 'DepotRecord';
  accessories: Array<Scalars['String']['output']>;
  carrier?: Maybe<Scalars['String']['output']>;
  condition?: Maybe<Scalars['String']['output']>;
  qcNote?: Maybe<Scalars['String']['output']>;
  receivedAt?: Maybe<Scalars['DateTime']['output']>;
  shippedAt?: Maybe<Scalars['DateTime']['output']>;
  trackingNumber?: Maybe<Scalars['String']['output']>;
};

/** Field service KPIs of a period (dates in the tenant's zone), rates 0–1. */
export type DispatchKpis = {
  __typename?: 'DispatchKpis';
  byTechnician: Array<TechnicianKpis>;
  daily: Array<DailyKpis>;
  from: Scalars['String']['output'];
  targets: FieldKpiTargets;
  to: Scalars['String']['output'];
  totals: KpiFigures;
};

export type DispatchSettings = {
  __typename?: 'DispatchSettings';
  /** The depot's working week, Monday first. */
  depotWeek: Array<Array<WorkingInterval>>;
  leadName?: Maybe<Scalars['String']['output']>;
  leadUserId?: Maybe<Scalars['String']['output']>;
  priceList: PriceList;
  reassignWhenLate: Scalars['Boolean']['output'];
};

export type DispatchSettingsInput = {
  depotWeek: Array<Array<WorkingIntervalInput>>;
  leadName?: InputMaybe<Scalars['String']['input']>;
  leadUserId?: InputMaybe<Scalars['String']['input']>;
  priceList: PriceListInput;
  reassignWhenLate: Scalars['Boolean']['input'];
};

export type DuePreview = {
  __typename?: 'DuePreview';
  dueAt: Scalars['DateTime']['output'];
  key: Scalars['String']['output'];
};

export type DuplicateReason =
  | 'SAME_CUSTOMER'
  | 'SAME_SERIAL';

export type DurationUnit =
  /** A working day is the length of the calendar's standard day; a calendar day is 24 hours. */
  | 'DAYS'
  | 'HOURS'
  | 'MINUTES';

/** 三包 entitlement: return, exchange, free repair; NONE means a paid repair. */
export type Entitlement =
  | 'EXCHANGE'
  | 'NONE'
  | 'REPAIR'
  | 'RETURN';

export type Escalation = {
  __typename?: 'Escalation';
  acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
  acknowledgedBy?: Maybe<Scalars['String']['output']>;
  /** The clock breached: dispatch, arrival or repair. */
  commitment: Scalars['String']['output'];
  customerName: Scalars['String']['output'];
  dueAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  leadName?: Maybe<Scalars['String']['output']>;
  leadUserId?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  raisedAt: Scalars['DateTime']['output'];
  requestNumber: Scalars['String']['output'];
  workOrderId: Scalars['ID']['output'];
};

/** How many technicians were left out, and for what. */
export type Exclusions = {
  __typename?: 'Exclusions';
  capacity: Scalars['Int']['output'];
  excluded: Scalars['Int']['output'];
  region: Scalars['Int']['output'];
  skill: Scalars['Int']['output'];
  unavailable: Scalars['Int']['output'];
};

export type ExpectedPart = {
  __typename?: 'ExpectedPart';
  quantity: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
};

export type ExpectedPartInput = {
  quantity: Scalars['Int']['input'];
  sku: Scalars['String']['input'];
};

export type FailureCause =
  | 'BURNT'
  | 'DEAD_ON_ARRIVAL'
  | 'ELECTRICAL'
  | 'LEAK'
  | 'MECHANICAL_WEAR'
  | 'MISUSE'
  | 'OTHER'
  | 'WATER_DAMAGE';

export type FieldAction =
  | 'ACCEPT'
  | 'ARRIVE'
  /** With details.signature, the customer signed on the phone; without, they confirm through their link. */
  | 'COMPLETE'
  /** Needs a note. */
  | 'DECLINE'
  /** A failed visit; needs a note. */
  | 'FAIL'
  /** Back to repair; needs a note. */
  | 'QC_FAIL'
  | 'QC_PASS'
  /** Depot: the product arrived (details.condition, details.accessories). */
  | 'RECEIVE'
  /** Depot: sent back (details.carrier, details.trackingNumber). */
  | 'SHIP'
  | 'START_REPAIR'
  | 'START_TRAVEL';

export type FieldActionDetails = {
  accessories?: InputMaybe<Array<Scalars['String']['input']>>;
  carrier?: InputMaybe<Scalars['String']['input']>;
  condition?: InputMaybe<Scalars['String']['input']>;
  /** A PNG data URL drawn on the phone. */
  signature?: InputMaybe<Scalars['String']['input']>;
  signerName?: InputMaybe<Scalars['String']['input']>;
  trackingNumber?: InputMaybe<Scalars['String']['input']>;
};

/** Targets as rates 0–1, from the tenant's commitments. */
export type FieldKpiTargets = {
  __typename?: 'FieldKpiTargets';
  firstTimeFix: Scalars['Float']['output'];
  onTimeArrival: Scalars['Float']['output'];
};

export type GeoPoint = {
  __typename?: 'GeoPoint';
  lat: Scalars['Float']['output'];
  lng: Scalars['Float']['output'];
};

export type GeoPointInput = {
  lat: Scalars['Float']['input'];
  lng: Scalars['Float']['input'];
};

/** A customer import: its progress, and every row that was left out and why. */
export type ImportJob = {
  __typename?: 'ImportJob';
  createdAt: Scalars['DateTime']['output'];
  customersCreated: Scalars['Int']['output'];
  customersUpdated: Scalars['Int']['output'];
  errors: Array<ImportRowError>;
  failedRows: Scalars['Int']['output'];
  fileName: Scalars['String']['output'];
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  importedRows: Scalars['Int']['output'];
  processedRows: Scalars['Int']['output'];
  status: ImportJobStatus;
  totalRows: Scalars['Int']['output'];
};

export type ImportJobStatus =
  | 'DONE'
  | 'FAILED'
  | 'RUNNING';

/** A problem with one line of an imported file. */
export type ImportRowError = {
  __typename?: 'ImportRowError';
  column?: Maybe<Scalars['String']['output']>;
  /** 1-based line in the file; the header is line 1. */
  line: Scalars['Int']['output'];
  message: Scalars['String']['output'];
  reason: Scalars['String']['output'];
};

export type KpiFigures = {
  __typename?: 'KpiFigures';
  completed: Scalars['Int']['output'];
  firstTimeFixRate?: Maybe<Scalars['Float']['output']>;
  meanTimeToRepairHours?: Maybe<Scalars['Float']['output']>;
  onTimeArrivalRate?: Maybe<Scalars['Float']['output']>;
  repeatVisits: Scalars['Int']['output'];
  slaCompliance?: Maybe<Scalars['Float']['output']>;
};

/** Percentages the tenant aims for. */
export type KpiTargets = {
  __typename?: 'KpiTargets';
  complaintResolution: Scalars['Float']['output'];
  firstTimeFix: Scalars['Float']['output'];
  onTimeArrival: Scalars['Float']['output'];
  satisfaction: Scalars['Float']['output'];
};

export type KpiTargetsInput = {
  complaintResolution: Scalars['Float']['input'];
  firstTimeFix: Scalars['Float']['input'];
  onTimeArrival: Scalars['Float']['input'];
  satisfaction: Scalars['Float']['input'];
};

export type LocalizedText = {
  __typename?: 'LocalizedText';
  enUS: Scalars['String']['output'];
  zhCN: Scalars['String']['output'];
};

/** A new location (no id; its code must be new), or changes to one (its code never changes; a van's schedule only). */
export type LocationInput = {
  code: Scalars['String']['input'];
  id?: InputMaybe<Scalars['ID']['input']>;
  /** CENTRAL or REGIONAL, required for a new location; vans come from the technicians. */
  kind?: InputMaybe<LocationKind>;
  name: Scalars['String']['input'];
  /** A stocktake is due this often (days); null: counted ad hoc. */
  stocktakeEveryDays?: InputMaybe<Scalars['Int']['input']>;
};

export type LocationKind =
  | 'CENTRAL'
  | 'REGIONAL'
  /** A technician's van stock (车载库存). */
  | 'VAN';

export type MailAttachment = {
  __typename?: 'MailAttachment';
  contentType: Scalars['String']['output'];
  filename: Scalars['String']['output'];
  size: Scalars['Int']['output'];
};

/** The signed-in user. */
export type Me = {
  __typename?: 'Me';
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
  roles: Array<Role>;
  /** The user's tenant; null for the platform operator. */
  tenant?: Maybe<Tenant>;
  username: Scalars['String']['output'];
};

/** One line of the append-only stock ledger. */
export type Movement = {
  __typename?: 'Movement';
  actorId: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: MovementKind;
  locationCode: Scalars['String']['output'];
  locationId: Scalars['ID']['output'];
  partId: Scalars['ID']['output'];
  /** Change in on hand. */
  quantity: Scalars['Int']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  reservedChange: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
  sourceId?: Maybe<Scalars['String']['output']>;
  /** WORK_ORDER, TRANSFER, STOCKTAKE, IMPORT or MANUAL. */
  sourceType: Scalars['String']['output'];
  unitCost?: Maybe<Scalars['Float']['output']>;
};

export type MovementConnection = {
  __typename?: 'MovementConnection';
  edges: Array<MovementEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MovementEdge = {
  __typename?: 'MovementEdge';
  cursor: Scalars['String']['output'];
  node: Movement;
};

export type MovementKind =
  | 'ADJUSTMENT'
  | 'DEFECTIVE_RETURN'
  | 'ISSUE'
  | 'RECEIPT'
  | 'RELEASE'
  | 'RESERVE'
  | 'RETURN'
  | 'SCRAP'
  | 'TRANSFER_IN'
  | 'TRANSFER_OUT';

export type Mutation = {
  __typename?: 'Mutation';
  /** The customer agreed, on the technician's phone, to the charges shown (total in fen: a different amount now is a CONFLICT). */
  acceptCharges: WorkOrder;
  acknowledgeEscalation: Escalation;
  /** Records a part used; unitPrice (fen) defaults to the price list's. */
  addPartLine: WorkOrder;
  /** A correction up (+) or down (−) with its reason. */
  adjustStock: StockLevel;
  approveStocktake: Stocktake;
  /** 评估: makes a queued request a work order (dispatcher). */
  assessWorkOrder: WorkOrder;
  /** Assigns a work order: to the engine's best technician, or to one chosen with a reason (dispatcher). */
  assignWorkOrder: WorkOrder;
  /** Assigns every unassigned work order, the most urgent first (dispatcher). */
  autoDispatch: AutoDispatchResult;
  cancelStocktake: Stocktake;
  cancelTransfer: Transfer;
  createServiceRequest: ServiceRequest;
  createTenant: Tenant;
  /** The customer's step through their tracking link: choose a slot, accept charges, confirm or dispute the service. Needs no sign-in. */
  customerVisitAction: PublicVisit;
  /** Enters a year's State Council holiday notice (platform-admin); replaces that year. */
  importNationalCalendar: NationalCalendarYear;
  /** Changes a request's warranty decision with a reason, kept in its timeline (agent, tenant-admin). */
  overrideWarranty: ServiceRequest;
  reactivateTenant: Tenant;
  /** 入库 at a unit cost (fen), blended into the moving average. */
  receiveStock: StockLevel;
  receiveTransfer: Transfer;
  recordCount: Stocktake;
  removePartLine: WorkOrder;
  requestTransfer: Transfer;
  /** Moves an agreed appointment; CUSTOMER-caused delays pause the arrival clock (dispatcher, technician). */
  rescheduleAppointment: WorkOrder;
  /** 旧件返还: a replaced part with its failure cause (the technician of the work order, or the warehouse). */
  returnDefectivePart: Defect;
  /** Creates or updates a customer's profile (agent, tenant-admin). */
  saveCustomer: CustomerArchive;
  /** Saves the dispatch settings (tenant-admin). */
  saveDispatchSettings: DispatchSettings;
  savePart: Part;
  /** Adds or updates a model in the catalog (tenant-admin). */
  saveProductModel: ProductModel;
  /** The service report: diagnosis, actions, labour minutes (technician on their job). */
  saveServiceReport: WorkOrder;
  saveStockLocation: StockLocation;
  /** Creates or updates a technician's profile (dispatcher, tenant-admin). */
  saveTechnician: Technician;
  scrapStock: StockLevel;
  /** Offers slots to the customer (PROPOSE) or records the one agreed on the phone (CONFIRM, first slot) (dispatcher). */
  setAppointment: WorkOrder;
  setReorderLevel: StockLevel;
  /** Replaces a user's roles in the company (tenant-admin); PLATFORM_ADMIN cannot be given. */
  setUserRoles: TenantUser;
  shipTransfer: Transfer;
  /** Starts importing a CSV of customers and their products (tenant-admin); follow it with customerImport. */
  startCustomerImport: ImportJob;
  /** Starts importing a CSV of parts with opening balances and reorder levels; follow it with partsImport. */
  startPartsImport: PartsImportJob;
  startStocktake: Stocktake;
  /** A customer submits a request on the company's public form; needs no sign-in, rate-limited. */
  submitServiceRequest: PublicSubmission;
  submitStocktake: Stocktake;
  suspendTenant: Tenant;
  /** Moves a request through its lifecycle (agent, dispatcher, tenant-admin). */
  transitionServiceRequest: ServiceRequest;
  /** Publishes a new version of the tenant's commitments (tenant-admin). */
  updateCommitments: Commitments;
  /** Company settings (tenant-admin). */
  updateTenantSettings: Tenant;
  /** A technician's step on their job: accept, decline, travel, arrive, complete, fail. */
  workOrderAction: WorkOrder;
};


export type MutationAcceptChargesArgs = {
  total: Scalars['Int']['input'];
  workOrderId: Scalars['ID']['input'];
};


export type MutationAcknowledgeEscalationArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationAddPartLineArgs = {
  name?: InputMaybe<Scalars['String']['input']>;
  quantity: Scalars['Int']['input'];
  sku: Scalars['String']['input'];
  source?: InputMaybe<PartSource>;
  unitPrice?: InputMaybe<Scalars['Int']['input']>;
  workOrderId: Scalars['ID']['input'];
};


export type MutationAdjustStockArgs = {
  locationId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
  sku: Scalars['String']['input'];
};


export type MutationApproveStocktakeArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationAssessWorkOrderArgs = {
  input: AssessInput;
};


export type MutationAssignWorkOrderArgs = {
  reason?: InputMaybe<Scalars['String']['input']>;
  technicianId?: InputMaybe<Scalars['ID']['input']>;
  version: Scalars['Int']['input'];
  workOrderId: Scalars['ID']['input'];
};


export type MutationCancelStocktakeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelTransferArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateServiceRequestArgs = {
  input: CreateServiceRequestInput;
};


export type MutationCreateTenantArgs = {
  input: CreateTenantInput;
};


export type MutationCustomerVisitActionArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  start?: InputMaybe<Scalars['DateTime']['input']>;
  step: CustomerVisitStep;
  token: Scalars['String']['input'];
  total?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationImportNationalCalendarArgs = {
  input: NationalCalendarInput;
};


export type MutationOverrideWarrantyArgs = {
  entitlement: Entitlement;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  status: WarrantyStatus;
};


export type MutationReactivateTenantArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReceiveStockArgs = {
  locationId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  sku: Scalars['String']['input'];
  unitCost: Scalars['Int']['input'];
};


export type MutationReceiveTransferArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecordCountArgs = {
  counted: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  sku: Scalars['String']['input'];
};


export type MutationRemovePartLineArgs = {
  lineId: Scalars['ID']['input'];
  workOrderId: Scalars['ID']['input'];
};


export type MutationRequestTransferArgs = {
  fromLocationId: Scalars['ID']['input'];
  lines: Array<TransferLineInput>;
  reason?: InputMaybe<Scalars['String']['input']>;
  toLocationId: Scalars['ID']['input'];
};


export type MutationRescheduleAppointmentArgs = {
  cause: DelayCause;
  reason: Scalars['String']['input'];
  slot: SlotInput;
  workOrderId: Scalars['ID']['input'];
};


export type MutationReturnDefectivePartArgs = {
  cause: FailureCause;
  note?: InputMaybe<Scalars['String']['input']>;
  quantity: Scalars['Int']['input'];
  serialNumber?: InputMaybe<Scalars['String']['input']>;
  sku: Scalars['String']['input'];
  workOrderId: Scalars['ID']['input'];
};


export type MutationSaveCustomerArgs = {
  input: CustomerInput;
};


export type MutationSaveDispatchSettingsArgs = {
  input: DispatchSettingsInput;
};


export type MutationSavePartArgs = {
  input: PartInput;
};


export type MutationSaveProductModelArgs = {
  input: ProductModelInput;
};


export type MutationSaveServiceReportArgs = {
  actions: Scalars['String']['input'];
  diagnosis: Scalars['String']['input'];
  labourMinutes: Scalars['Int']['input'];
  workOrderId: Scalars['ID']['input'];
};


export type MutationSaveStockLocationArgs = {
  input: LocationInput;
};


export type MutationSaveTechnicianArgs = {
  input: TechnicianInput;
};


export type MutationScrapStockArgs = {
  locationId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
  sku: Scalars['String']['input'];
};


export type MutationSetAppointmentArgs = {
  mode: Scalars['String']['input'];
  slots: Array<SlotInput>;
  workOrderId: Scalars['ID']['input'];
};


export type MutationSetReorderLevelArgs = {
  locationId: Scalars['ID']['input'];
  reorderPoint?: InputMaybe<Scalars['Int']['input']>;
  reorderQuantity?: InputMaybe<Scalars['Int']['input']>;
  sku: Scalars['String']['input'];
};


export type MutationSetUserRolesArgs = {
  roles: Array<Role>;
  userId: Scalars['ID']['input'];
};


export type MutationShipTransferArgs = {
  id: Scalars['ID']['input'];
};


export type MutationStartCustomerImportArgs = {
  csv: Scalars['String']['input'];
  fileName?: InputMaybe<Scalars['String']['input']>;
};


export type MutationStartPartsImportArgs = {
  csv: Scalars['String']['input'];
  fileName?: InputMaybe<Scalars['String']['input']>;
};


export type MutationStartStocktakeArgs = {
  blind?: InputMaybe<Scalars['Boolean']['input']>;
  locationId: Scalars['ID']['input'];
};


export type MutationSubmitServiceRequestArgs = {
  input: PublicServiceRequestInput;
  tenantCode: Scalars['String']['input'];
};


export type MutationSubmitStocktakeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSuspendTenantArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationTransitionServiceRequestArgs = {
  action: RequestAction;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateCommitmentsArgs = {
  calendar: CalendarSettingsInput;
  policy: CommitmentPolicyInput;
  regions?: InputMaybe<RegionSettingsInput>;
};


export type MutationUpdateTenantSettingsArgs = {
  input: TenantSettingsInput;
};


export type MutationWorkOrderActionArgs = {
  action: FieldAction;
  details?: InputMaybe<FieldActionDetails>;
  location?: InputMaybe<GeoPointInput>;
  note?: InputMaybe<Scalars['String']['input']>;
  workOrderId: Scalars['ID']['input'];
};

export type NamedDurationInput = {
  duration: CommitmentDurationInput;
  key: Scalars['String']['input'];
};

export type NationalCalendarInput = {
  country: Scalars['String']['input'];
  holidays: Array<CalendarDayInput>;
  source: Scalars['String']['input'];
  workdays: Array<CalendarDayInput>;
  year: Scalars['Int']['input'];
};

export type NationalCalendarYear = {
  __typename?: 'NationalCalendarYear';
  country: Scalars['String']['output'];
  holidays: Array<CalendarDay>;
  source: Scalars['String']['output'];
  /** Weekend days worked instead (调休). */
  workdays: Array<CalendarDay>;
  year: Scalars['Int']['output'];
};

/** A product the customer owns. */
export type OwnedProduct = {
  __typename?: 'OwnedProduct';
  invoiceNumber: Scalars['String']['output'];
  /** From the catalog; null when the model is not in it. */
  productCategory?: Maybe<Scalars['String']['output']>;
  productModel: Scalars['String']['output'];
  purchaseDate?: Maybe<Scalars['String']['output']>;
  seller: Scalars['String']['output'];
  serialNumber: Scalars['String']['output'];
};

export type OwnedProductInput = {
  invoiceNumber?: InputMaybe<Scalars['String']['input']>;
  productModel: Scalars['String']['input'];
  purchaseDate?: InputMaybe<Scalars['String']['input']>;
  seller?: InputMaybe<Scalars['String']['input']>;
  serialNumber?: InputMaybe<Scalars['String']['input']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A spare part in the catalog; money in fen. */
export type Part = {
  __typename?: 'Part';
  active: Scalars['Boolean']['output'];
  available: Scalars['Int']['output'];
  /** Moving-average cost of stock held, fen. */
  averageCost: Scalars['Float']['output'];
  compatibleModels: Array<Scalars['String']['output']>;
  cost: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** The ledger, newest first. */
  movements: MovementConnection;
  name: Scalars['String']['output'];
  onHand: Scalars['Int']['output'];
  price: Scalars['Int']['output'];
  serialised: Scalars['Boolean']['output'];
  sku: Scalars['String']['output'];
  /** Stock by location. */
  stock: Array<StockLevel>;
  unit: Scalars['String']['output'];
  warrantyMonths: Scalars['Int']['output'];
};


/** A spare part in the catalog; money in fen. */
export type PartMovementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  locationId?: InputMaybe<Scalars['ID']['input']>;
};

export type PartConnection = {
  __typename?: 'PartConnection';
  edges: Array<PartEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PartEdge = {
  __typename?: 'PartEdge';
  cursor: Scalars['String']['output'];
  node: Part;
};

export type PartInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  compatibleModels?: InputMaybe<Array<Scalars['String']['input']>>;
  cost: Scalars['Int']['input'];
  name: Scalars['String']['input'];
  price: Scalars['Int']['input'];
  serialised?: InputMaybe<Scalars['Boolean']['input']>;
  sku: Scalars['String']['input'];
  unit?: InputMaybe<Scalars['String']['input']>;
  warrantyMonths?: InputMaybe<Scalars['Int']['input']>;
};

export type PartLine = {
  __typename?: 'PartLine';
  addedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  quantity: Scalars['Int']['output'];
  reservation: PartReservation;
  sku: Scalars['String']['output'];
  source: PartSource;
  /** Fen. */
  unitPrice: Scalars['Int']['output'];
};

export type PartReservation =
  /** Not in stock where it was asked for: the repair clock waits. */
  | 'BACKORDERED'
  | 'ISSUED'
  /** Not a catalog part, or nowhere to take it from: not stock-managed. */
  | 'NOT_STOCKED'
  /** Recorded; the parts service has not answered yet. */
  | 'PENDING'
  | 'RELEASED'
  | 'RESERVED';

export type PartReservationLine = {
  __typename?: 'PartReservationLine';
  id: Scalars['ID']['output'];
  lineId: Scalars['ID']['output'];
  locationCode?: Maybe<Scalars['String']['output']>;
  locationId?: Maybe<Scalars['ID']['output']>;
  partId?: Maybe<Scalars['ID']['output']>;
  quantity: Scalars['Int']['output'];
  requestNumber: Scalars['String']['output'];
  sku: Scalars['String']['output'];
  state: ReservationState;
  updatedAt: Scalars['DateTime']['output'];
  workOrderId: Scalars['ID']['output'];
};

export type PartSource =
  | 'VAN'
  | 'WAREHOUSE';

export type PartsImportJob = {
  __typename?: 'PartsImportJob';
  createdAt: Scalars['DateTime']['output'];
  errors: Array<ImportRowError>;
  failedRows: Scalars['Int']['output'];
  fileName: Scalars['String']['output'];
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  importedRows: Scalars['Int']['output'];
  processedRows: Scalars['Int']['output'];
  status: ImportJobStatus;
  totalRows: Scalars['Int']['output'];
};

/** An open request that a new one may duplicate. */
export type PossibleDuplicate = {
  __typename?: 'PossibleDuplicate';
  createdAt: Scalars['DateTime']['output'];
  customerName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  number: Scalars['String']['output'];
  productModel: Scalars['String']['output'];
  reason: DuplicateReason;
  serialNumber: Scalars['String']['output'];
  status: ServiceRequestStatus;
};

/** 收费标准 for the visit and labour, in fen; parts are priced by the parts catalog. */
export type PriceList = {
  __typename?: 'PriceList';
  callOutFee: Scalars['Int']['output'];
  depotFee: Scalars['Int']['output'];
  labourPerHour: Scalars['Int']['output'];
  labourStepMinutes: Scalars['Int']['output'];
};

export type PriceListInput = {
  callOutFee: Scalars['Int']['input'];
  depotFee: Scalars['Int']['input'];
  labourPerHour: Scalars['Int']['input'];
  labourStepMinutes: Scalars['Int']['input'];
};

export type Priority =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL'
  | 'URGENT';

/** A serial number's story. */
export type ProductHistory = {
  __typename?: 'ProductHistory';
  history: Array<ArchiveEntry>;
  owner?: Maybe<CustomerRef>;
  productModel?: Maybe<Scalars['String']['output']>;
  purchaseDate?: Maybe<Scalars['String']['output']>;
  serialNumber: Scalars['String']['output'];
};

/** A model in the tenant's catalog; its category picks the 三包 rule. */
export type ProductModel = {
  __typename?: 'ProductModel';
  active: Scalars['Boolean']['output'];
  brand: Scalars['String']['output'];
  /** Whether the tenant's commitments have a 三包 rule for the category. */
  hasWarrantyRule: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  model: Scalars['String']['output'];
  name: Scalars['String']['output'];
  productCategory: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type ProductModelInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  brand?: InputMaybe<Scalars['String']['input']>;
  model: Scalars['String']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  productCategory: Scalars['String']['input'];
};

/** What customers may read on a tenant's public commitments page. */
export type PublicCommitments = {
  __typename?: 'PublicCommitments';
  calendar: CalendarSettings;
  policy: CommitmentPolicy;
  tenant: PublicTenant;
  version: Scalars['Int']['output'];
};

export type PublicServiceRequestInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  category: ServiceRequestCategory;
  customerEmail?: InputMaybe<Scalars['String']['input']>;
  customerName: Scalars['String']['input'];
  customerPhone: Scalars['String']['input'];
  divisionCode?: InputMaybe<Scalars['String']['input']>;
  problemDescription: Scalars['String']['input'];
  productModel: Scalars['String']['input'];
  purchaseDate?: InputMaybe<Scalars['String']['input']>;
  serialNumber?: InputMaybe<Scalars['String']['input']>;
};

export type PublicStep = {
  __typename?: 'PublicStep';
  at: Scalars['DateTime']['output'];
  status: ServiceRequestStatus;
};

/** A customer's request as submitted on the public form. */
export type PublicSubmission = {
  __typename?: 'PublicSubmission';
  number: Scalars['String']['output'];
  trackingPath: Scalars['String']['output'];
  /** The customer's only credential for following the request; good for 90 days. */
  trackingToken: Scalars['String']['output'];
};

export type PublicTenant = {
  __typename?: 'PublicTenant';
  code: Scalars['String']['output'];
  hotline?: Maybe<Scalars['String']['output']>;
  logoUrl?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
};

/** What a customer sees of their request: no staff names, no internal notes. */
export type PublicTracking = {
  __typename?: 'PublicTracking';
  acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
  category: ServiceRequestCategory;
  createdAt: Scalars['DateTime']['output'];
  firstResponseDueAt?: Maybe<Scalars['DateTime']['output']>;
  number: Scalars['String']['output'];
  productModel: Scalars['String']['output'];
  status: ServiceRequestStatus;
  steps: Array<PublicStep>;
};

/** A request's visit as its customer sees it through the tracking link. */
export type PublicVisit = {
  __typename?: 'PublicVisit';
  appointment?: Maybe<Appointment>;
  charges: Charges;
  confirmation: Confirmation;
  shipment?: Maybe<Shipment>;
  status: WorkOrderStatus;
  technicianName?: Maybe<Scalars['String']['output']>;
  visitType: VisitType;
};

export type Query = {
  __typename?: 'Query';
  /** Slots to offer the customer, within the arrival commitment where it allows (dispatcher). */
  appointmentOptions: Array<SlotOption>;
  commitmentHistory: Array<Commitments>;
  /** The tenant's current commitments (version 0: the defaults, never saved). */
  commitments: Commitments;
  customer?: Maybe<CustomerArchive>;
  /** Caller lookup: the customer a phone number belongs to, or null (agent, dispatcher, tenant-admin). */
  customerByPhone?: Maybe<CustomerArchive>;
  /** A customer import's progress and row errors (tenant-admin). */
  customerImport?: Maybe<ImportJob>;
  /** Pareto of defective parts in a period (quality manager). */
  defectAnalysis: DefectAnalysis;
  defects: Array<Defect>;
  /** On-time arrival, first-time fix, time to repair, repeat visits, SLA compliance (dispatcher, tenant-admin, quality-manager). */
  dispatchKpis: DispatchKpis;
  /** Requests waiting for assessment, oldest first (dispatcher). */
  dispatchQueue: QueueEntryConnection;
  /** Lead, late reassignment, depot week and price list (dispatcher, tenant-admin; technicians read the price list). */
  dispatchSettings: DispatchSettings;
  /** Breached clocks raised to the dispatcher's lead (dispatcher, tenant-admin). */
  escalations: Array<Escalation>;
  me: Me;
  nationalCalendar: Array<NationalCalendarYear>;
  part?: Maybe<Part>;
  /** A work order's part reservations, or all in a state. */
  partReservations: Array<PartReservationLine>;
  /** The parts catalog (everyone at work on service; warehouse keepers edit it). */
  parts: PartConnection;
  partsImport?: Maybe<PartsImportJob>;
  /** Open requests of the same caller or serial number, to link to instead of recording a duplicate. */
  possibleDuplicates: Array<PossibleDuplicate>;
  /** When each duration, started at from, falls due in the given calendar (the editor's preview). */
  previewCommitments: Array<DuePreview>;
  /** Who owns a serial number and everything that happened to it (agent, dispatcher, tenant-admin). */
  productHistory: ProductHistory;
  /** The product catalog (agent, dispatcher, tenant-admin). */
  productModels: Array<ProductModel>;
  /** A tenant's published commitments; needs no sign-in. Null for an unknown or suspended tenant. */
  publicCommitments?: Maybe<PublicCommitments>;
  /** The arrival tier of a GB/T 2260 division under the tenant's current regions. */
  regionTier: RegionTierResult;
  serviceRequest?: Maybe<ServiceRequest>;
  serviceRequests: ServiceRequestConnection;
  /** Stock by part and location; lowOnly: at or below the reorder point. */
  stockLevels: StockLevelConnection;
  stockLocations: Array<StockLocation>;
  stocktake?: Maybe<Stocktake>;
  stocktakes: Array<Stocktake>;
  /** The technicians who may take a work order, best first, and why (dispatcher). */
  suggestTechnicians: Suggestions;
  /** The company's technicians with their load (dispatcher, tenant-admin). */
  technicians: Array<Technician>;
  /** A tenant's audit trail (platform-admin). */
  tenantAudit: Array<TenantAuditEntry>;
  /** The caller's company settings. */
  tenantSettings: Tenant;
  /** The company's users and their roles (tenant-admin). */
  tenantUsers: Array<TenantUser>;
  /** Every tenant (platform-admin). */
  tenants: Array<Tenant>;
  /** A customer's request by its tracking token; needs no sign-in. */
  trackServiceRequest: PublicTracking;
  /** The visit of the request a tracking token names; null before one is planned. Needs no sign-in. */
  trackVisit?: Maybe<PublicVisit>;
  transfers: Array<Transfer>;
  /** The warranty / 三包 decision a request for this product would get now. */
  warrantyPreview: WarrantyDecision;
  workOrder?: Maybe<WorkOrder>;
  /** Work orders, emergencies first; a technician sees only their own. */
  workOrders: WorkOrderConnection;
};


export type QueryAppointmentOptionsArgs = {
  workOrderId: Scalars['ID']['input'];
};


export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomerByPhoneArgs = {
  phone: Scalars['String']['input'];
};


export type QueryCustomerImportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDefectAnalysisArgs = {
  from: Scalars['String']['input'];
  groupBy: DefectGrouping;
  productModel?: InputMaybe<Scalars['String']['input']>;
  to: Scalars['String']['input'];
};


export type QueryDefectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  workOrderId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryDispatchKpisArgs = {
  from: Scalars['String']['input'];
  technicianId?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['String']['input'];
};


export type QueryDispatchQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEscalationsArgs = {
  open?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryNationalCalendarArgs = {
  country?: Scalars['String']['input'];
  years: Array<Scalars['Int']['input']>;
};


export type QueryPartArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartReservationsArgs = {
  state?: InputMaybe<ReservationState>;
  workOrderId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPartsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPartsImportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPossibleDuplicatesArgs = {
  customerPhone?: InputMaybe<Scalars['String']['input']>;
  serialNumber?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPreviewCommitmentsArgs = {
  calendar: CalendarSettingsInput;
  durations: Array<NamedDurationInput>;
  from: Scalars['DateTime']['input'];
};


export type QueryProductHistoryArgs = {
  serialNumber: Scalars['String']['input'];
};


export type QueryProductModelsArgs = {
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPublicCommitmentsArgs = {
  tenantCode: Scalars['String']['input'];
};


export type QueryRegionTierArgs = {
  divisionCode: Scalars['String']['input'];
};


export type QueryServiceRequestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryServiceRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServiceRequestFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<ServiceRequestOrder>;
};


export type QueryStockLevelsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  locationId?: InputMaybe<Scalars['ID']['input']>;
  lowOnly?: InputMaybe<Scalars['Boolean']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryStocktakeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStocktakesArgs = {
  locationId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySuggestTechniciansArgs = {
  workOrderId: Scalars['ID']['input'];
};


export type QueryTenantAuditArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTrackServiceRequestArgs = {
  token: Scalars['String']['input'];
};


export type QueryTrackVisitArgs = {
  token: Scalars['String']['input'];
};


export type QueryTransfersArgs = {
  locationId?: InputMaybe<Scalars['ID']['input']>;
  state?: InputMaybe<TransferState>;
};


export type QueryWarrantyPreviewArgs = {
  productModel: Scalars['String']['input'];
  purchaseDate?: InputMaybe<Scalars['String']['input']>;
  serialNumber?: InputMaybe<Scalars['String']['input']>;
};


export type QueryWorkOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWorkOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<WorkOrderStatus>;
  technicianId?: InputMaybe<Scalars['ID']['input']>;
};

/** A request waiting in the dispatch queue. */
export type QueueEntry = {
  __typename?: 'QueueEntry';
  category: ServiceRequestCategory;
  channel: Channel;
  customerName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  productModel: Scalars['String']['output'];
  queuedAt: Scalars['DateTime']['output'];
  requestNumber: Scalars['String']['output'];
  requestedAt: Scalars['DateTime']['output'];
  serviceRequestId: Scalars['ID']['output'];
  state: QueueState;
};

export type QueueEntryConnection = {
  __typename?: 'QueueEntryConnection';
  edges: Array<QueueEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QueueEntryEdge = {
  __typename?: 'QueueEntryEdge';
  cursor: Scalars['String']['output'];
  node: QueueEntry;
};

export type QueueState =
  /** Assessed: a work order carries it on. */
  | 'ASSESSED'
  | 'TO_BE_ASSESSED'
  /** Resolved, closed or cancelled at intake before dispatch. */
  | 'WITHDRAWN';

export type RegionOverride = {
  __typename?: 'RegionOverride';
  /** A GB/T 2260 code prefix: province (2 digits), city (4) or county (6). */
  prefix: Scalars['String']['output'];
  tier: RegionTier;
};

export type RegionOverrideInput = {
  prefix: Scalars['String']['input'];
  tier: RegionTier;
};

/** Which arrival tier an address falls in. */
export type RegionSettings = {
  __typename?: 'RegionSettings';
  /** The 4-digit code of the city the service outlet works from. */
  homeCity: Scalars['String']['output'];
  overrides: Array<RegionOverride>;
  remoteProvinces: Array<Scalars['String']['output']>;
};

export type RegionSettingsInput = {
  homeCity: Scalars['String']['input'];
  overrides: Array<RegionOverrideInput>;
  remoteProvinces: Array<Scalars['String']['input']>;
};

export type RegionTier =
  | 'CITY'
  | 'IN_PROVINCE'
  | 'OUT_OF_PROVINCE'
  | 'REMOTE'
  | 'SUBURB';

export type RegionTierResult = {
  __typename?: 'RegionTierResult';
  code: Scalars['String']['output'];
  /** e.g. 广东省 / 广州市 / 天河区 */
  path: Scalars['String']['output'];
  tier: RegionTier;
};

export type RepairCommitments = {
  __typename?: 'RepairCommitments';
  complex: CommitmentDuration;
  ordinary: CommitmentDuration;
};

export type RepairCommitmentsInput = {
  complex: CommitmentDurationInput;
  ordinary: CommitmentDurationInput;
};

export type RequestAction =
  /** The first response to the customer. */
  | 'ACKNOWLEDGE'
  /** Needs a note. */
  | 'CANCEL'
  | 'CLOSE'
  /** Needs a note. */
  | 'REOPEN'
  /** A consultation may be resolved straight from NEW. */
  | 'RESOLVE'
  | 'START';

/** A step in a request's timeline. */
export type RequestEvent = {
  __typename?: 'RequestEvent';
  /** CREATED or the action taken. */
  action: Scalars['String']['output'];
  actorId: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  fromStatus?: Maybe<ServiceRequestStatus>;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  toStatus: ServiceRequestStatus;
};

/** A mail from (IN) or to (OUT) the customer about a request. */
export type RequestMessage = {
  __typename?: 'RequestMessage';
  at: Scalars['DateTime']['output'];
  attachments: Array<MailAttachment>;
  direction: Scalars['String']['output'];
  from: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  messageId: Scalars['String']['output'];
  subject: Scalars['String']['output'];
  text: Scalars['String']['output'];
  to: Scalars['String']['output'];
};

export type ReservationState =
  /** Not in stock where asked for: served when stock arrives. */
  | 'BACKORDERED'
  | 'ISSUED'
  /** Not a catalog part, or nowhere to take it from: not stock-managed. */
  | 'NOT_STOCKED'
  | 'RELEASED'
  | 'RESERVED';

export type Role =
  | 'AGENT'
  | 'DISPATCHER'
  | 'PLATFORM_ADMIN'
  | 'QUALITY_MANAGER'
  | 'TECHNICIAN'
  | 'TENANT_ADMIN'
  | 'WAREHOUSE_KEEPER';

export type ServiceReport = {
  __typename?: 'ServiceReport';
  actions: Scalars['String']['output'];
  diagnosis: Scalars['String']['output'];
  labourMinutes: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** A customer's request for after-sales service (受理单). */
export type ServiceRequest = {
  __typename?: 'ServiceRequest';
  /** When the first response was given. */
  acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What may be done with the request now. */
  actions: Array<RequestAction>;
  address?: Maybe<Scalars['String']['output']>;
  category: ServiceRequestCategory;
  channel: Channel;
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['String']['output'];
  customerEmail?: Maybe<Scalars['String']['output']>;
  /** The customer the request is linked to (by phone number). */
  customerId?: Maybe<Scalars['ID']['output']>;
  customerName: Scalars['String']['output'];
  customerPhone: Scalars['String']['output'];
  /** GB/T 2260 county code of the service address. */
  divisionCode?: Maybe<Scalars['String']['output']>;
  /** A safety risk or a stopped business: the emergency arrival commitment applies. */
  emergency: Scalars['Boolean']['output'];
  /** When the first response is due under the tenant's commitments (working time, holidays and 调休 counted). */
  firstResponseDueAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Mails exchanged with the customer, oldest first. */
  messages: Array<RequestMessage>;
  /** Human number, unique per tenant, e.g. SR-20261123-0001. */
  number: Scalars['String']['output'];
  priority: Priority;
  problemDescription: Scalars['String']['output'];
  productModel: Scalars['String']['output'];
  /** YYYY-MM-DD, as stated or as registered for the serial number. */
  purchaseDate?: Maybe<Scalars['String']['output']>;
  /** The address's arrival tier when the request was recorded. */
  regionTier?: Maybe<RegionTier>;
  serialNumber: Scalars['String']['output'];
  status: ServiceRequestStatus;
  /** Who did what and when, oldest first. */
  timeline: Array<RequestEvent>;
  /** The warranty / 三包 decision; null for requests recorded before decisions existed. */
  warranty?: Maybe<WarrantyDecision>;
};

export type ServiceRequestCategory =
  | 'CONSULTATION'
  | 'EXCHANGE'
  | 'INSTALLATION'
  | 'MAINTENANCE'
  | 'REFUND'
  | 'REPAIR'
  | 'RETURN';

export type ServiceRequestConnection = {
  __typename?: 'ServiceRequestConnection';
  edges: Array<ServiceRequestEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ServiceRequestEdge = {
  __typename?: 'ServiceRequestEdge';
  cursor: Scalars['String']['output'];
  node: ServiceRequest;
};

export type ServiceRequestFilter = {
  category?: InputMaybe<ServiceRequestCategory>;
  channel?: InputMaybe<Channel>;
  createdFrom?: InputMaybe<Scalars['DateTime']['input']>;
  createdTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** One customer's requests. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  priority?: InputMaybe<Priority>;
  /** Matches number, customer name, phone, product model or serial number. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ServiceRequestStatus>;
};

export type ServiceRequestOrder =
  /** Requests waiting for a first response, the soonest due first (the agent's incoming queue). */
  | 'DUE_SOONEST'
  | 'NEWEST';

export type ServiceRequestStatus =
  | 'ACKNOWLEDGED'
  | 'CANCELLED'
  | 'CLOSED'
  | 'IN_PROGRESS'
  | 'NEW'
  | 'RESOLVED';

/** The shift, HH:MM in the company's zone. */
export type ShiftHours = {
  __typename?: 'ShiftHours';
  from: Scalars['String']['output'];
  to: Scalars['String']['output'];
};

export type ShiftHoursInput = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};

export type Shipment = {
  __typename?: 'Shipment';
  carrier: Scalars['String']['output'];
  trackingNumber: Scalars['String']['output'];
};

export type Slot = {
  __typename?: 'Slot';
  end: Scalars['DateTime']['output'];
  start: Scalars['DateTime']['output'];
};

export type SlotInput = {
  end: Scalars['DateTime']['input'];
  start: Scalars['DateTime']['input'];
};

export type SlotOption = {
  __typename?: 'SlotOption';
  end: Scalars['DateTime']['output'];
  start: Scalars['DateTime']['output'];
  /** Starts before the arrival commitment falls due. */
  withinCommitment: Scalars['Boolean']['output'];
};

export type StockLevel = {
  __typename?: 'StockLevel';
  available: Scalars['Int']['output'];
  inTransit: Scalars['Int']['output'];
  locationCode: Scalars['String']['output'];
  locationId: Scalars['ID']['output'];
  locationKind: LocationKind;
  locationName: Scalars['String']['output'];
  /** Available at or below the reorder point. */
  low: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  onHand: Scalars['Int']['output'];
  partId: Scalars['ID']['output'];
  reorderPoint?: Maybe<Scalars['Int']['output']>;
  reorderQuantity?: Maybe<Scalars['Int']['output']>;
  reserved: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
  unit: Scalars['String']['output'];
  /** On hand at moving-average cost, fen. */
  value: Scalars['Int']['output'];
};

export type StockLevelConnection = {
  __typename?: 'StockLevelConnection';
  edges: Array<StockLevelEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StockLevelEdge = {
  __typename?: 'StockLevelEdge';
  cursor: Scalars['String']['output'];
  node: StockLevel;
};

export type StockLocation = {
  __typename?: 'StockLocation';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: LocationKind;
  lastStocktakeAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  stocktakeDueAt?: Maybe<Scalars['DateTime']['output']>;
  stocktakeEveryDays?: Maybe<Scalars['Int']['output']>;
  technicianId?: Maybe<Scalars['ID']['output']>;
  technicianUserId?: Maybe<Scalars['String']['output']>;
};

/** 盘点 of one location. */
export type Stocktake = {
  __typename?: 'Stocktake';
  approvedAt?: Maybe<Scalars['DateTime']['output']>;
  approvedBy?: Maybe<Scalars['String']['output']>;
  blind: Scalars['Boolean']['output'];
  countedLines: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  lines: Array<StocktakeLine>;
  locationCode: Scalars['String']['output'];
  locationId: Scalars['ID']['output'];
  locationName: Scalars['String']['output'];
  number: Scalars['String']['output'];
  /** Started within the location's stocktake schedule; null without one. */
  onSchedule?: Maybe<Scalars['Boolean']['output']>;
  startedAt: Scalars['DateTime']['output'];
  startedBy: Scalars['String']['output'];
  state: StocktakeState;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  totalVarianceValue?: Maybe<Scalars['Int']['output']>;
};

export type StocktakeLine = {
  __typename?: 'StocktakeLine';
  counted?: Maybe<Scalars['Int']['output']>;
  /** The books' figure at the start; null while a blind count is being counted. */
  expected?: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  partId: Scalars['ID']['output'];
  sku: Scalars['String']['output'];
  variance?: Maybe<Scalars['Int']['output']>;
  /** Variance at the snapshot's moving-average cost, fen. */
  varianceValue?: Maybe<Scalars['Int']['output']>;
};

export type StocktakeState =
  | 'APPROVED'
  | 'CANCELLED'
  | 'COUNTING'
  | 'SUBMITTED';

export type Subscription = {
  __typename?: 'Subscription';
  /** Requests entering the caller's tenant's dispatch queue (dispatchers). */
  queueEntryAdded: QueueEntry;
  /** Requests created in the caller's tenant, as they are created (agents, dispatchers). */
  serviceRequestCreated: ServiceRequest;
  /** A location's available stock of a part fell to its reorder point, once per crossing (warehouse). */
  stockLow: StockLevel;
  /** A breached clock escalated to the dispatch lead, as it happens (dispatchers). */
  workOrderEscalated: Escalation;
};

export type Suggestions = {
  __typename?: 'Suggestions';
  candidates: Array<TechnicianSuggestion>;
  excluded: Exclusions;
};

/** A technician's profile, linked to their sign-in. */
export type Technician = {
  __typename?: 'Technician';
  calendar: WorkingCalendar;
  dailyCapacity: Scalars['Int']['output'];
  /** Whether they work today in the company's zone: ON, DAY_OFF by their week, or LEAVE. */
  dutyToday: TechnicianDuty;
  home: GeoPoint;
  id: Scalars['ID']['output'];
  /** Open jobs assigned to them. */
  load: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  phone: Scalars['String']['output'];
  /** GB/T 2260 code prefixes they serve. */
  regions: Array<Scalars['String']['output']>;
  /** Product categories or lines they are certified for. */
  skills: Array<Scalars['String']['output']>;
  status: TechnicianStatus;
  userId: Scalars['String']['output'];
};

export type TechnicianDuty =
  | 'DAY_OFF'
  | 'LEAVE'
  | 'ON';

export type TechnicianInput = {
  /** Left out: every day, 08:00–20:00, no leave. */
  calendar?: InputMaybe<WorkingCalendarInput>;
  dailyCapacity: Scalars['Int']['input'];
  home: GeoPointInput;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  regions: Array<Scalars['String']['input']>;
  skills: Array<Scalars['String']['input']>;
  status?: InputMaybe<TechnicianStatus>;
  userId: Scalars['String']['input'];
};

export type TechnicianKpis = {
  __typename?: 'TechnicianKpis';
  completed: Scalars['Int']['output'];
  firstTimeFixRate?: Maybe<Scalars['Float']['output']>;
  meanTimeToRepairHours?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  onTimeArrivalRate?: Maybe<Scalars['Float']['output']>;
  repeatVisits: Scalars['Int']['output'];
  slaCompliance?: Maybe<Scalars['Float']['output']>;
  technicianId: Scalars['ID']['output'];
};

/** Planned leave (年假, 病假, 培训); both dates included. */
export type TechnicianLeave = {
  __typename?: 'TechnicianLeave';
  from: Scalars['String']['output'];
  reason: Scalars['String']['output'];
  to: Scalars['String']['output'];
};

export type TechnicianLeaveInput = {
  from: Scalars['String']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  to: Scalars['String']['input'];
};

export type TechnicianStatus =
  | 'AVAILABLE'
  | 'OFF_DUTY'
  | 'ON_LEAVE';

export type TechnicianSuggestion = {
  __typename?: 'TechnicianSuggestion';
  distanceKm?: Maybe<Scalars['Float']['output']>;
  reason: AssignmentReason;
  score: Scalars['Float']['output'];
  technician: Technician;
};

/** A company running its after-sales service on the platform. */
export type Tenant = {
  __typename?: 'Tenant';
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  defaultLocale: Scalars['String']['output'];
  /** The name shown to customers. */
  displayName?: Maybe<Scalars['String']['output']>;
  /** The after-sales hotline customers call. */
  hotline?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  keycloakOrganizationId: Scalars['String']['output'];
  logoUrl?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  status: TenantStatus;
  suspendedAt?: Maybe<Scalars['DateTime']['output']>;
  suspensionReason?: Maybe<Scalars['String']['output']>;
  timeZone: Scalars['String']['output'];
};

export type TenantAuditAction =
  | 'COMMITMENTS_PUBLISHED'
  | 'CREATED'
  | 'NATIONAL_CALENDAR_APPLIED'
  | 'REACTIVATED'
  | 'ROLES_CHANGED'
  | 'SETTINGS_UPDATED'
  | 'SUSPENDED';

/** Who did what to a tenant, and when. */
export type TenantAuditEntry = {
  __typename?: 'TenantAuditEntry';
  action: TenantAuditAction;
  actorId: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  /** The change, as JSON. */
  details: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

export type TenantSettingsInput = {
  defaultLocale: Scalars['String']['input'];
  displayName: Scalars['String']['input'];
  hotline?: InputMaybe<Scalars['String']['input']>;
  logoUrl?: InputMaybe<Scalars['String']['input']>;
  timeZone: Scalars['String']['input'];
};

export type TenantStatus =
  | 'ACTIVE'
  | 'SUSPENDED';

/** A member of the caller's company in the identity provider, with their roles. */
export type TenantUser = {
  __typename?: 'TenantUser';
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  roles: Array<Role>;
  username: Scalars['String']['output'];
};

export type TimeBasis =
  /** Counted around the clock. */
  | 'CALENDAR'
  /** Counted in the tenant's business calendar. */
  | 'WORKING';

export type Transfer = {
  __typename?: 'Transfer';
  fromCode: Scalars['String']['output'];
  fromLocationId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  lines: Array<TransferLine>;
  number: Scalars['String']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  receivedAt?: Maybe<Scalars['DateTime']['output']>;
  requestedAt: Scalars['DateTime']['output'];
  requestedBy: Scalars['String']['output'];
  shippedAt?: Maybe<Scalars['DateTime']['output']>;
  state: TransferState;
  toCode: Scalars['String']['output'];
  toLocationId: Scalars['ID']['output'];
};

export type TransferLine = {
  __typename?: 'TransferLine';
  name: Scalars['String']['output'];
  partId: Scalars['ID']['output'];
  quantity: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
};

export type TransferLineInput = {
  quantity: Scalars['Int']['input'];
  sku: Scalars['String']['input'];
};

export type TransferState =
  | 'CANCELLED'
  | 'IN_TRANSIT'
  | 'RECEIVED'
  | 'REQUESTED';

export type UnassignedWorkOrder = {
  __typename?: 'UnassignedWorkOrder';
  excluded: Exclusions;
  requestNumber: Scalars['String']['output'];
  workOrderId: Scalars['ID']['output'];
};

export type VisitType =
  | 'DEPOT'
  | 'ON_SITE';

/** In or out of warranty and the 三包 entitlement, with the reason and the figures it was decided on. */
export type WarrantyDecision = {
  __typename?: 'WarrantyDecision';
  daysSincePurchase?: Maybe<Scalars['Int']['output']>;
  entitlement: Entitlement;
  /** Return/exchange days or repair warranty months that applied. */
  limit?: Maybe<Scalars['Int']['output']>;
  override?: Maybe<WarrantyOverride>;
  priorRepairs: Scalars['Int']['output'];
  productCategory?: Maybe<Scalars['String']['output']>;
  purchaseDate?: Maybe<Scalars['String']['output']>;
  reason: WarrantyReason;
  status: WarrantyStatus;
  /** The reason in the tenant's language, as shown when decided. */
  text: Scalars['String']['output'];
};

export type WarrantyOverride = {
  __typename?: 'WarrantyOverride';
  at: Scalars['DateTime']['output'];
  by: Scalars['String']['output'];
  reason: Scalars['String']['output'];
  /** What the system had decided. */
  system: WarrantySystemDecision;
};

export type WarrantyReason =
  | 'MODEL_NOT_IN_CATALOG'
  | 'NO_PURCHASE_DATE'
  | 'NO_RULE_FOR_CATEGORY'
  | 'OVERRIDDEN'
  | 'REPEATED_REPAIRS'
  | 'WARRANTY_EXPIRED'
  | 'WITHIN_EXCHANGE_WINDOW'
  | 'WITHIN_REPAIR_WARRANTY'
  | 'WITHIN_RETURN_WINDOW';

/** Warranty and 三包 terms for one product category. */
export type WarrantyRule = {
  __typename?: 'WarrantyRule';
  exchangeDays: Scalars['Int']['output'];
  partsWarrantyMonths: Scalars['Int']['output'];
  productCategory: Scalars['String']['output'];
  repairWarrantyMonths: Scalars['Int']['output'];
  returnDays: Scalars['Int']['output'];
};

export type WarrantyRuleInput = {
  exchangeDays: Scalars['Int']['input'];
  partsWarrantyMonths: Scalars['Int']['input'];
  productCategory: Scalars['String']['input'];
  repairWarrantyMonths: Scalars['Int']['input'];
  returnDays: Scalars['Int']['input'];
};

export type WarrantyState =
  | 'IN_WARRANTY'
  | 'OUT_OF_WARRANTY'
  | 'UNKNOWN';

export type WarrantyStatus =
  | 'IN_WARRANTY'
  | 'OUT_OF_WARRANTY'
  | 'UNKNOWN';

export type WarrantySystemDecision = {
  __typename?: 'WarrantySystemDecision';
  entitlement: Entitlement;
  reason: WarrantyReason;
  status: WarrantyStatus;
};

export type WorkClock = {
  __typename?: 'WorkClock';
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** dispatch, arrival or repair. */
  commitment: Scalars['String']['output'];
  dueAt: Scalars['DateTime']['output'];
  startedAt: Scalars['DateTime']['output'];
  state: WorkClockState;
};

export type WorkClockState =
  | 'AT_RISK'
  /** Still open and past due. */
  | 'BREACHED'
  | 'CANCELLED'
  | 'MET'
  /** Kept, but after the due time. */
  | 'MET_LATE'
  | 'RUNNING';

/** The service delivered (服务实施): from assessment to completion. */
export type WorkOrder = {
  __typename?: 'WorkOrder';
  address?: Maybe<Scalars['String']['output']>;
  appointment?: Maybe<Appointment>;
  assessedAt: Scalars['DateTime']['output'];
  assessedBy: Scalars['String']['output'];
  assignment?: Maybe<AssignmentReason>;
  /** The field steps possible now: the buttons to show. */
  availableActions: Array<FieldAction>;
  category: ServiceRequestCategory;
  charges?: Maybe<Charges>;
  /** The tenant's commitments running on it: dispatch, arrival (on-site, by tier or emergency), repair. */
  clocks: Array<WorkClock>;
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  complexity: Complexity;
  confirmation?: Maybe<Confirmation>;
  customerName: Scalars['String']['output'];
  customerPhone: Scalars['String']['output'];
  depot?: Maybe<DepotRecord>;
  divisionCode?: Maybe<Scalars['String']['output']>;
  emergency: Scalars['Boolean']['output'];
  excludedTechnicianIds: Array<Scalars['ID']['output']>;
  /** Parts the assessment expects the repair to need. */
  expectedParts: Array<ExpectedPart>;
  id: Scalars['ID']['output'];
  location?: Maybe<GeoPoint>;
  parts: Array<PartLine>;
  problemDescription: Scalars['String']['output'];
  productModel: Scalars['String']['output'];
  regionTier?: Maybe<RegionTier>;
  report?: Maybe<ServiceReport>;
  requestNumber: Scalars['String']['output'];
  serialNumber: Scalars['String']['output'];
  serviceRequestId: Scalars['ID']['output'];
  /** The customer's signature as a PNG data URL, when they signed on the phone. */
  signatureImage?: Maybe<Scalars['String']['output']>;
  skill: Scalars['String']['output'];
  status: WorkOrderStatus;
  technicianId?: Maybe<Scalars['ID']['output']>;
  technicianName?: Maybe<Scalars['String']['output']>;
  timeline: Array<WorkOrderEvent>;
  updatedAt: Scalars['DateTime']['output'];
  /** Send it back with assignWorkOrder: a change by someone else in between is a CONFLICT. */
  version: Scalars['Int']['output'];
  visitType: VisitType;
  /** Visits made: a failed visit and its revisit count two. */
  visits: Scalars['Int']['output'];
  /** Since when a part is back-ordered; the repair clock is paused meanwhile. */
  waitingForPartsSince?: Maybe<Scalars['DateTime']['output']>;
  warrantyStatus: WarrantyState;
};

export type WorkOrderConnection = {
  __typename?: 'WorkOrderConnection';
  edges: Array<WorkOrderEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WorkOrderEdge = {
  __typename?: 'WorkOrderEdge';
  cursor: Scalars['String']['output'];
  node: WorkOrder;
};

export type WorkOrderEvent = {
  __typename?: 'WorkOrderEvent';
  action: Scalars['String']['output'];
  actorId: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  fromStatus?: Maybe<WorkOrderStatus>;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  technicianId?: Maybe<Scalars['ID']['output']>;
  toStatus: WorkOrderStatus;
};

export type WorkOrderStatus =
  | 'ACCEPTED'
  | 'ASSIGNED'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'EN_ROUTE'
  | 'FAILED'
  | 'IN_REPAIR'
  | 'ON_SITE'
  /** Depot: passed the quality check. */
  | 'QC_PASSED'
  /** Depot: the product arrived at the depot. */
  | 'RECEIVED'
  /** Depot: on its way back to the customer. */
  | 'SHIPPED'
  | 'UNASSIGNED';

/** When a technician works. Automatic assignment gives a job only to someone working on its day (the agreed appointment's, else today) and, for an appointment, whose shift covers its start. */
export type WorkingCalendar = {
  __typename?: 'WorkingCalendar';
  hours: ShiftHours;
  leave: Array<TechnicianLeave>;
  /** ISO weekdays worked: 1 Monday … 7 Sunday. */
  weekdays: Array<Scalars['Int']['output']>;
};

export type WorkingCalendarInput = {
  hours: ShiftHoursInput;
  leave?: InputMaybe<Array<TechnicianLeaveInput>>;
  weekdays: Array<Scalars['Int']['input']>;
};

/** Minutes after local midnight: 09:00–12:00 is start 540, end 720. */
export type WorkingInterval = {
  __typename?: 'WorkingInterval';
  end: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
};

export type WorkingIntervalInput = {
  end: Scalars['Int']['input'];
  start: Scalars['Int']['input'];
};

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'Me', id: string, username: string, name?: string | null, email?: string | null, roles: Array<Role>, tenant?: { __typename?: 'Tenant', id: string, code: string, name: string, displayName?: string | null, status: TenantStatus } | null } };

export type ServiceRequestsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServiceRequestFilter>;
}>;


export type ServiceRequestsQuery = { __typename?: 'Query', serviceRequests: { __typename?: 'ServiceRequestConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ServiceRequestEdge', cursor: string, node: { __typename?: 'ServiceRequest', id: string, number: string, customerName: string, customerPhone: string, productModel: string, serialNumber: string, problemDescription: string, channel: Channel, category: ServiceRequestCategory, status: ServiceRequestStatus, createdAt: string, createdBy: string, firstResponseDueAt?: string | null, priority: Priority, emergency: boolean } }> } };

export type WarrantyFieldsFragment = { __typename?: 'WarrantyDecision', status: WarrantyStatus, entitlement: Entitlement, reason: WarrantyReason, text: string, purchaseDate?: string | null, productCategory?: string | null, daysSincePurchase?: number | null, limit?: number | null, priorRepairs: number, override?: { __typename?: 'WarrantyOverride', by: string, at: string, reason: string, system: { __typename?: 'WarrantySystemDecision', status: WarrantyStatus, entitlement: Entitlement, reason: WarrantyReason } } | null };

export type ServiceRequestDetailFieldsFragment = { __typename?: 'ServiceRequest', id: string, number: string, customerName: string, customerPhone: string, productModel: string, serialNumber: string, problemDescription: string, channel: Channel, category: ServiceRequestCategory, status: ServiceRequestStatus, createdAt: string, createdBy: string, firstResponseDueAt?: string | null, acknowledgedAt?: string | null, actions: Array<RequestAction>, customerId?: string | null, priority: Priority, emergency: boolean, customerEmail?: string | null, divisionCode?: string | null, address?: string | null, regionTier?: RegionTier | null, purchaseDate?: string | null, warranty?: { __typename?: 'WarrantyDecision', status: WarrantyStatus, entitlement: Entitlement, reason: WarrantyReason, text: string, purchaseDate?: string | null, productCategory?: string | null, daysSincePurchase?: number | null, limit?: number | null, priorRepairs: number, override?: { __typename?: 'WarrantyOverride', by: string, at: string, reason: string, system: { __typename?: 'WarrantySystemDecision', status: WarrantyStatus, entitlement: Entitlement, reason: WarrantyReason } } | null } | null, timeline: Array<{ __typename?: 'RequestEvent', id: string, action: string, fromStatus?: ServiceRequestStatus | null, toStatus: ServiceRequestStatus, actorId: string, note?: string | null, at: string }> };

export type ServiceRequestQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ServiceRequestQuery = { __typename?: 'Query', serviceRequest?: { __typename?: 'ServiceRequest', id: string, number: string, customerName: string, customerPhone: string, productModel: string, serialNumber: string, problemDescription: string, channel: Channel, category: ServiceRequestCategory, status: ServiceRequestStatus, createdAt: string, createdBy: string, firstResponseDueAt?: string | null, acknowledgedAt?: string | null, actions: Array<RequestAction>, customerId?: string | null, priority: Priority, emergency: boolean, customerEmail?: string | null, divisionCode?: string | null, address?: string | null, regionTier?: RegionTier | null, purchaseDate?: string | null, warranty?: { __typename?: 'WarrantyDecision', status: WarrantyStatus, entitlement: Entitlement, reason: WarrantyReason, text: string, purchaseDate?: string | null, productCategory?: string | null, daysSincePurchase?: number | null, limit?: number | null, priorRepairs: number, override?: { __typename?: 'WarrantyOverride', by: string, at: string, reason: string, system: { __typename?: 'WarrantySystemDecision', status: WarrantyStatus, entitlement: Entitlement, reason: WarrantyReason } } | null } | null, timeline: Array<{ __typename?: 'RequestEvent', id: string, action: string, fromStatus?: ServiceRequestStatus | null, toStatus: ServiceRequestStatus, actorId: string, note?: string | null, at: string }> } | null };

export type OverrideWarrantyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  status: WarrantyStatus;
  entitlement: Entitlement;
  reason: Scalars['String']['input'];
}>;


export type OverrideWarrantyMutation = { __typename?: 'Mutation', overrideWarranty: { __typename?: 'ServiceRequest', id: string, number: string, customerName: string, customerPhone: string, productModel: string, serialNumber: string, problemDescription: string, channel: Channel, category: ServiceRequestCategory, status: ServiceRequestStatus, createdAt: string, createdBy: string, firstResponseDueAt?: string | null, acknowledgedAt?: string | null, actions: Array<RequestAction>, customerId?: string | null, priority: Priority, emergency: boolean, customerEmail?: string | null, divisionCode?: string | null, address?: string | null, regionTier?: RegionTier | null, purchaseDate?: string | null, warranty?: { __typename?: 'WarrantyDecision', status: WarrantyStatus, entitlement: Entitlement, reason: WarrantyReason, text: string, purchaseDate?: string | null, productCategory?: string | null, daysSincePurchase?: number | null, limit?: number | null, priorRepairs: number, override?: { __typename?: 'WarrantyOverride', by: string, at: string, reason: string, system: { __typename?: 'WarrantySystemDecision', status: WarrantyStatus, entitlement: Entitlement, reason: WarrantyReason } } | null } | null, timeline: Array<{ __typename?: 'RequestEvent', id: string, action: string, fromStatus?: ServiceRequestStatus | null, toStatus: ServiceRequestStatus, actorId: string, note?: string | null, at: string }> } };

export type WarrantyPreviewQueryVariables = Exact<{
  productModel: Scalars['String']['input'];
  serialNumber?: InputMaybe<Scalars['String']['input']>;
  purchaseDate?: InputMaybe<Scalars['String']['input']>;
}>;


export type WarrantyPreviewQuery = { __typename?: 'Query', warrantyPreview: { __typename?: 'WarrantyDecision', status: WarrantyStatus, entitlement: Entitlement, reason: WarrantyReason, text: string, purchaseDate?: string | null, productCategory?: string | null, daysSincePurchase?: number | null, limit?: number | null, priorRepairs: number, override?: { __typename?: 'WarrantyOverride', by: string, at: string, reason: string, system: { __typename?: 'WarrantySystemDecision', status: WarrantyStatus, entitlement: Entitlement, reason: WarrantyReason } } | null } };

export type ProductModelsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type ProductModelsQuery = { __typename?: 'Query', productModels: Array<{ __typename?: 'ProductModel', id: string, model: string, name: string, brand: string, productCategory: string, active: boolean, updatedAt: string, hasWarrantyRule: boolean }> };

export type SaveProductModelMutationVariables = Exact<{
  input: ProductModelInput;
}>;


export type SaveProductModelMutation = { __typename?: 'Mutation', saveProductModel: { __typename?: 'ProductModel', id: string, model: string, name: string, brand: string, productCategory: string, active: boolean, updatedAt: string, hasWarrantyRule: boolean } };

export type EmergencyCommitmentQueryVariables = Exact<{ [key: string]: never; }>;


export type EmergencyCommitmentQuery = { __typename?: 'Query', commitments: { __typename?: 'Commitments', version: number, policy: { __typename?: 'CommitmentPolicy', emergencyArrival: { __typename?: 'CommitmentDuration', amount: number, unit: DurationUnit, basis: TimeBasis } } } };

export type WarrantyCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type WarrantyCategoriesQuery = { __typename?: 'Query', commitments: { __typename?: 'Commitments', version: number, policy: { __typename?: 'CommitmentPolicy', warranty: Array<{ __typename?: 'WarrantyRule', productCategory: string }> } } };

export type CreateServiceRequestMutationVariables = Exact<{
  input: CreateServiceRequestInput;
}>;


export type CreateServiceRequestMutation = { __typename?: 'Mutation', createServiceRequest: { __typename?: 'ServiceRequest', id: string, number: string } };

export type ServiceRequestCreatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ServiceRequestCreatedSubscription = { __typename?: 'Subscription', serviceRequestCreated: { __typename?: 'ServiceRequest', id: string, number: string, customerName: string } };

export type DispatchQueueQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DispatchQueueQuery = { __typename?: 'Query', dispatchQueue: { __typename?: 'QueueEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'QueueEntryEdge', cursor: string, node: { __typename?: 'QueueEntry', id: string, serviceRequestId: string, requestNumber: string, customerName: string, productModel: string, channel: Channel, category: ServiceRequestCategory, state: QueueState, requestedAt: string, queuedAt: string } }> } };

export type QueueEntryAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type QueueEntryAddedSubscription = { __typename?: 'Subscription', queueEntryAdded: { __typename?: 'QueueEntry', id: string, serviceRequestId: string, requestNumber: string, customerName: string, productModel: string, channel: Channel, category: ServiceRequestCategory, state: QueueState, requestedAt: string, queuedAt: string } };

export type DashboardQueryVariables = Exact<{
  withQueue: Scalars['Boolean']['input'];
  withRequests: Scalars['Boolean']['input'];
}>;


export type DashboardQuery = { __typename?: 'Query', open?: { __typename?: 'ServiceRequestConnection', totalCount: number }, repair?: { __typename?: 'ServiceRequestConnection', totalCount: number }, installation?: { __typename?: 'ServiceRequestConnection', totalCount: number }, maintenance?: { __typename?: 'ServiceRequestConnection', totalCount: number }, consultation?: { __typename?: 'ServiceRequestConnection', totalCount: number }, returns?: { __typename?: 'ServiceRequestConnection', totalCount: number }, exchange?: { __typename?: 'ServiceRequestConnection', totalCount: number }, refund?: { __typename?: 'ServiceRequestConnection', totalCount: number }, queue?: { __typename?: 'QueueEntryConnection', totalCount: number } };

export type TenantsQueryVariables = Exact<{ [key: string]: never; }>;


export type TenantsQuery = { __typename?: 'Query', tenants: Array<{ __typename?: 'Tenant', id: string, code: string, name: string, displayName?: string | null, keycloakOrganizationId: string, status: TenantStatus, timeZone: string, createdAt: string, suspendedAt?: string | null, suspensionReason?: string | null }> };

export type CreateTenantMutationVariables = Exact<{
  input: CreateTenantInput;
}>;


export type CreateTenantMutation = { __typename?: 'Mutation', createTenant: { __typename?: 'Tenant', id: string, code: string, name: string, status: TenantStatus } };

export type SuspendTenantMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type SuspendTenantMutation = { __typename?: 'Mutation', suspendTenant: { __typename?: 'Tenant', id: string, status: TenantStatus, suspendedAt?: string | null, suspensionReason?: string | null } };

export type PolicyFieldsFragment = { __typename?: 'CommitmentPolicy', firstResponse: { __typename?: 'CommitmentDuration', amount: number, unit: DurationUnit, basis: TimeBasis }, dispatch: { __typename?: 'CommitmentDuration', amount: number, unit: DurationUnit, basis: TimeBasis }, arrival: { __typename?: 'ArrivalCommitments', city: { __typename?: 'CommitmentDuration', amount: number, unit: DurationUnit, basis: TimeBasis }, suburb: { __typename?: 'CommitmentDuration', amount: number, unit: DurationUnit, basis: TimeBasis }, inProvince: { __typename?: 'CommitmentDuration', amount: number, unit: DurationUnit, basis: TimeBasis }, outOfProvince: { __typename?: 'CommitmentDuration', amount: number, unit: DurationUnit, basis: TimeBasis }, remote: { __typename?: 'CommitmentDuration', amount: number, unit: DurationUnit, basis: TimeBasis } }, emergencyArrival: { __typename?: 'CommitmentDuration', amount: number, unit: DurationUnit, basis: TimeBasis }, repair: { __typename?: 'RepairCommitments', ordinary: { __typename?: 'CommitmentDuration', amount: number, unit: DurationUnit, basis: TimeBasis }, complex: { __typename?: 'CommitmentDuration', amount: number, unit: DurationUnit, basis: TimeBasis } }, complaint: { __typename?: 'ComplaintCommitments', contact: { __typename?: 'CommitmentDuration', amount: number, unit: DurationUnit, basis: TimeBasis }, plan: { __typename?: 'CommitmentDuration', amount: number, unit: DurationUnit, basis: TimeBasis }, verification: { __typename?: 'CommitmentDuration', amount: number, unit: DurationUnit, basis: TimeBasis } }, followUp: { __typename?: 'CommitmentDuration', amount: number, unit: DurationUnit, basis: TimeBasis }, targets: { __typename?: 'KpiTargets', satisfaction: number, onTimeArrival: number, firstTimeFix: number, complaintResolution: number }, warranty: Array<{ __typename?: 'WarrantyRule', productCategory: string, returnDays: number, exchangeDays: number, repairWarrantyMonths: number, partsWarrantyMonths: number }> };

export type CalendarFieldsFragment = { __typename?: 'CalendarSettings', timeZone: string, nationalCalendar?: string | null, closures: Array<string>, extraWorkdays: Array<string>, week: Array<Array<{ __typename?: 'WorkingInterval', start: number, end: number }>> };

export type CommitmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type CommitmentsQuery = { __typename?: 'Query', commitments: { __typename?: 'Commitments', version: number, createdAt: string, createdBy: string, policy: { __typename?: 'CommitmentPolicy', firstResponse: { __typename?: 'CommitmentDuration', amount: number, unit: DurationUnit, basis: TimeBasis }, dispatch: { __typename?: 'CommitmentDuration', amount: number, unit: DurationUnit, basis: TimeBasis }, arrival: { __typename?: 'ArrivalCommitments', city: { __typename?: 'CommitmentDuration', amount: number, unit: DurationUnit, basis: TimeBasis }, suburb: { __typename?: 'CommitmentDuration', amount: number, unit: DurationUnit, basis: TimeBasis }, inProvince: { __typename?: 'CommitmentDuration', amount: number, unit: DurationUnit, basis: TimeBasis }, outOfProvince: { __typename?: 'CommitmentDuration', amount: number, unit: DurationUnit, basis: TimeBasis }, remote: { __typename?: 'CommitmentDuration', amount: number, unit: DurationUnit, basis: TimeBasis } }, emergencyArrival: { __typename?: 'CommitmentDuration', amount: number, unit: DurationUnit, basis: TimeBasis }, repair: { __typename?: 'RepairCommitments', ordinary: { __typename?: 'CommitmentDuration', amount: number, unit: DurationUnit, basis: TimeBasis }, complex: { __typename?: 'CommitmentDuration', amount: number, unit: DurationUnit, basis: TimeBasis } }, complaint: { __typename?: 'ComplaintCommitments', contact: { __typename?: 'CommitmentDuration', amount: number, unit: DurationUnit, basis: TimeBasis }, plan: { __typename?: 'CommitmentDuration', amount: number, unit: DurationUnit, basis: TimeBasis }, verification: { __typename?: 'CommitmentDuration', amount: number, unit: DurationUnit, basis: TimeBasis } }, followUp: { __typename?: 'CommitmentDuration', amount: number, unit: DurationUnit, basis: TimeBasis }, targets: { __typename?: 'KpiTargets', satisfaction: number, onTimeArrival: number, firstTimeFix: number, complaintResolution: number }, warranty: Array<{ __typename?: 'WarrantyRule', productCategory: string, returnDays: number, exchangeDays: number, repairWarrantyMonths: number, partsWarrantyMonths: number }> }, calendar: { __typename?: 'CalendarSettings', timeZone: string, nationalCalendar?: string | null, closures: Array<string>, extraWorkdays: Array<string>, week: Array<Array<{ __typename?: 'WorkingInterval', start: number, end: number }>> }, regions: { __typename?: 'RegionSettings', homeCity: string, remoteProvinces: Array<string>, overrides: Array<{ __typename?: 'RegionOverride', prefix: string, tier: RegionTier }> } } };

export type UpdateCommitmentsMutationVariables = Exact<{
  policy: CommitmentPolicyInput;
  calendar: CalendarSettingsInput;
  regions?: InputMaybe<RegionSettingsInput>;
}>;


export type UpdateCommitmentsMutation = { __typename?: 'Mutation', updateCommitments: { __typename?: 'Commitments', version: number, createdAt: string } };

export type PreviewCommitmentsQueryVariables = Exact<{
  calendar: CalendarSettingsInput;
  from: Scalars['DateTime']['input'];
  durations: Array<NamedDurationInput> | NamedDurationInput;
}>;


export type PreviewCommitmentsQuery = { __typename?: 'Query', previewCommitments: Array<{ __typename?: 'DuePreview', key: string, dueAt: string }> };

export type NationalCalendarQueryVariables = Exact<{
  years: Array<Scalars['Int']['input']> | Scalars['Int']['input'];
}>;


export type NationalCalendarQuery = { __typename?: 'Query', nationalCalendar: Array<{ __typename?: 'NationalCalendarYear', year: number, source: string, holidays: Array<{ __typename?: 'CalendarDay', date: string, name: string }>, workdays: Array<{ __typename?: 'CalendarDay', date: string, name: string }> }> };

export type PublicCommitmentsQueryVariables = Exact<{
  tenantCode: Scalars['String']['input'];
}>;


export type PublicCommitmentsQuery = { __typename?: 'Query', publicCommitments?: { __typename?: 'PublicCommitments', version: number, tenant: { __typename?: 'PublicTenant', code: string, name: string, hotline?: string | null, logoUrl?: string | null }, policy: { __typename?: 'CommitmentPolicy', firstResponse: { __typename?: 'CommitmentDuration', amount: number, unit: DurationUnit, basis: TimeBasis }, dispatch: { __typename?: 'CommitmentDuration', amount: number, unit: DurationUnit, basis: TimeBasis }, arrival: { __typename?: 'ArrivalCommitments', city: { __typename?: 'CommitmentDuration', amount: number, unit: DurationUnit, basis: TimeBasis }, suburb: { __typename?: 'CommitmentDuration', amount: number, unit: DurationUnit, basis: TimeBasis }, inProvince: { __typename?: 'CommitmentDuration', amount: number, unit: DurationUnit, basis: TimeBasis }, outOfProvince: { __typename?: 'CommitmentDuration', amount: number, unit: DurationUnit, basis: TimeBasis }, remote: { __typename?: 'CommitmentDuration', amount: number, unit: DurationUnit, basis: TimeBasis } }, emergencyArrival: { __typename?: 'CommitmentDuration', amount: number, unit: DurationUnit, basis: TimeBasis }, repair: { __typename?: 'RepairCommitments', ordinary: { __typename?: 'CommitmentDuration', amount: number, unit: DurationUnit, basis: TimeBasis }, complex: { __typename?: 'CommitmentDuration', amount: number, unit: DurationUnit, basis: TimeBasis } }, complaint: { __typename?: 'ComplaintCommitments', contact: { __typename?: 'CommitmentDuration', amount: number, unit: DurationUnit, basis: TimeBasis }, plan: { __typename?: 'CommitmentDuration', amount: number, unit: DurationUnit, basis: TimeBasis }, verification: { __typename?: 'CommitmentDuration', amount: number, unit: DurationUnit, basis: TimeBasis } }, followUp: { __typename?: 'CommitmentDuration', amount: number, unit: DurationUnit, basis: TimeBasis }, targets: { __typename?: 'KpiTargets', satisfaction: number, onTimeArrival: number, firstTimeFix: number, complaintResolution: number }, warranty: Array<{ __typename?: 'WarrantyRule', productCategory: string, returnDays: number, exchangeDays: number, repairWarrantyMonths: number, partsWarrantyMonths: number }> }, calendar: { __typename?: 'CalendarSettings', timeZone: string, nationalCalendar?: string | null, closures: Array<string>, extraWorkdays: Array<string>, week: Array<Array<{ __typename?: 'WorkingInterval', start: number, end: number }>> } } | null };

export type TenantSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type TenantSettingsQuery = { __typename?: 'Query', tenantSettings: { __typename?: 'Tenant', id: string, code: string, name: string, displayName?: string | null, timeZone: string, defaultLocale: string, hotline?: string | null, logoUrl?: string | null } };

export type UpdateTenantSettingsMutationVariables = Exact<{
  input: TenantSettingsInput;
}>;


export type UpdateTenantSettingsMutation = { __typename?: 'Mutation', updateTenantSettings: { __typename?: 'Tenant', id: string, displayName?: string | null, timeZone: string, defaultLocale: string, hotline?: string | null, logoUrl?: string | null } };

export type ReactivateTenantMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReactivateTenantMutation = { __typename?: 'Mutation', reactivateTenant: { __typename?: 'Tenant', id: string, status: TenantStatus, suspendedAt?: string | null, suspensionReason?: string | null } };

export type TenantAuditQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TenantAuditQuery = { __typename?: 'Query', tenantAudit: Array<{ __typename?: 'TenantAuditEntry', id: string, action: TenantAuditAction, actorId: string, at: string, details: string }> };

export type TenantUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type TenantUsersQuery = { __typename?: 'Query', tenantUsers: Array<{ __typename?: 'TenantUser', id: string, username: string, email?: string | null, name: string, roles: Array<Role> }> };

export type SetUserRolesMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  roles: Array<Role> | Role;
}>;


export type SetUserRolesMutation = { __typename?: 'Mutation', setUserRoles: { __typename?: 'TenantUser', id: string, roles: Array<Role> } };

export type DispatchSettingsFieldsFragment = { __typename?: 'DispatchSettings', leadUserId?: string | null, leadName?: string | null, reassignWhenLate: boolean, depotWeek: Array<Array<{ __typename?: 'WorkingInterval', start: number, end: number }>>, priceList: { __typename?: 'PriceList', callOutFee: number, depotFee: number, labourPerHour: number, labourStepMinutes: number } };

export type DispatchSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type DispatchSettingsQuery = { __typename?: 'Query', dispatchSettings: { __typename?: 'DispatchSettings', leadUserId?: string | null, leadName?: string | null, reassignWhenLate: boolean, depotWeek: Array<Array<{ __typename?: 'WorkingInterval', start: number, end: number }>>, priceList: { __typename?: 'PriceList', callOutFee: number, depotFee: number, labourPerHour: number, labourStepMinutes: number } } };

export type SaveDispatchSettingsMutationVariables = Exact<{
  input: DispatchSettingsInput;
}>;


export type SaveDispatchSettingsMutation = { __typename?: 'Mutation', saveDispatchSettings: { __typename?: 'DispatchSettings', leadUserId?: string | null, leadName?: string | null, reassignWhenLate: boolean, depotWeek: Array<Array<{ __typename?: 'WorkingInterval', start: number, end: number }>>, priceList: { __typename?: 'PriceList', callOutFee: number, depotFee: number, labourPerHour: number, labourStepMinutes: number } } };

export type EscalationsQueryVariables = Exact<{
  open?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type EscalationsQuery = { __typename?: 'Query', escalations: Array<{ __typename?: 'Escalation', id: string, workOrderId: string, requestNumber: string, customerName: string, commitment: string, dueAt: string, leadUserId?: string | null, leadName?: string | null, raisedAt: string, acknowledgedAt?: string | null, acknowledgedBy?: string | null, note?: string | null }> };

export type AcknowledgeEscalationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type AcknowledgeEscalationMutation = { __typename?: 'Mutation', acknowledgeEscalation: { __typename?: 'Escalation', id: string, acknowledgedAt?: string | null, acknowledgedBy?: string | null, note?: string | null } };

export type DispatchKpisQueryVariables = Exact<{
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
  technicianId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type DispatchKpisQuery = { __typename?: 'Query', dispatchKpis: { __typename?: 'DispatchKpis', from: string, to: string, totals: { __typename?: 'KpiFigures', completed: number, onTimeArrivalRate?: number | null, firstTimeFixRate?: number | null, meanTimeToRepairHours?: number | null, repeatVisits: number, slaCompliance?: number | null }, byTechnician: Array<{ __typename?: 'TechnicianKpis', technicianId: string, name: string, completed: number, onTimeArrivalRate?: number | null, firstTimeFixRate?: number | null, meanTimeToRepairHours?: number | null, repeatVisits: number, slaCompliance?: number | null }>, daily: Array<{ __typename?: 'DailyKpis', date: string, completed: number, onTimeArrivalRate?: number | null, firstTimeFixRate?: number | null }>, targets: { __typename?: 'FieldKpiTargets', onTimeArrival: number, firstTimeFix: number } } };

export type TenantTimeZoneQueryVariables = Exact<{ [key: string]: never; }>;


export type TenantTimeZoneQuery = { __typename?: 'Query', tenantSettings: { __typename?: 'Tenant', id: string, timeZone: string } };

export type TransitionServiceRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  action: RequestAction;
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type TransitionServiceRequestMutation = { __typename?: 'Mutation', transitionServiceRequest: { __typename?: 'ServiceRequest', id: string, status: ServiceRequestStatus, acknowledgedAt?: string | null, actions: Array<RequestAction> } };

export type SubmitServiceRequestMutationVariables = Exact<{
  tenantCode: Scalars['String']['input'];
  input: PublicServiceRequestInput;
}>;


export type SubmitServiceRequestMutation = { __typename?: 'Mutation', submitServiceRequest: { __typename?: 'PublicSubmission', number: string, trackingToken: string, trackingPath: string } };

export type TrackServiceRequestQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type TrackServiceRequestQuery = { __typename?: 'Query', trackServiceRequest: { __typename?: 'PublicTracking', number: string, status: ServiceRequestStatus, category: ServiceRequestCategory, productModel: string, createdAt: string, firstResponseDueAt?: string | null, acknowledgedAt?: string | null, steps: Array<{ __typename?: 'PublicStep', status: ServiceRequestStatus, at: string }> } };

export type CustomerArchiveFieldsFragment = { __typename?: 'CustomerArchive', id: string, kind: CustomerKind, name: string, contactPerson: string, phones: Array<string>, email?: string | null, note: string, firstSeenAt: string, requestCount: number, openRequestCount: number, addresses: Array<{ __typename?: 'CustomerAddress', label: string, divisionCode: string, detail: string, path?: string | null, tier?: RegionTier | null }>, products: Array<{ __typename?: 'OwnedProduct', productModel: string, serialNumber: string, purchaseDate?: string | null, invoiceNumber: string, seller: string, productCategory?: string | null }>, recentRequests: Array<{ __typename?: 'CustomerRequestSummary', id: string, number: string, productModel: string, serialNumber: string, category: ServiceRequestCategory, status: ServiceRequestStatus, createdAt: string }> };

export type SaveCustomerMutationVariables = Exact<{
  input: CustomerInput;
}>;


export type SaveCustomerMutation = { __typename?: 'Mutation', saveCustomer: { __typename?: 'CustomerArchive', id: string, kind: CustomerKind, name: string, contactPerson: string, phones: Array<string>, email?: string | null, note: string, firstSeenAt: string, requestCount: number, openRequestCount: number, addresses: Array<{ __typename?: 'CustomerAddress', label: string, divisionCode: string, detail: string, path?: string | null, tier?: RegionTier | null }>, products: Array<{ __typename?: 'OwnedProduct', productModel: string, serialNumber: string, purchaseDate?: string | null, invoiceNumber: string, seller: string, productCategory?: string | null }>, recentRequests: Array<{ __typename?: 'CustomerRequestSummary', id: string, number: string, productModel: string, serialNumber: string, category: ServiceRequestCategory, status: ServiceRequestStatus, createdAt: string }> } };

export type CustomerByPhoneQueryVariables = Exact<{
  phone: Scalars['String']['input'];
}>;


export type CustomerByPhoneQuery = { __typename?: 'Query', customerByPhone?: { __typename?: 'CustomerArchive', id: string, kind: CustomerKind, name: string, contactPerson: string, phones: Array<string>, email?: string | null, note: string, firstSeenAt: string, requestCount: number, openRequestCount: number, addresses: Array<{ __typename?: 'CustomerAddress', label: string, divisionCode: string, detail: string, path?: string | null, tier?: RegionTier | null }>, products: Array<{ __typename?: 'OwnedProduct', productModel: string, serialNumber: string, purchaseDate?: string | null, invoiceNumber: string, seller: string, productCategory?: string | null }>, recentRequests: Array<{ __typename?: 'CustomerRequestSummary', id: string, number: string, productModel: string, serialNumber: string, category: ServiceRequestCategory, status: ServiceRequestStatus, createdAt: string }> } | null };

export type CustomerQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerQuery = { __typename?: 'Query', customer?: { __typename?: 'CustomerArchive', id: string, kind: CustomerKind, name: string, contactPerson: string, phones: Array<string>, email?: string | null, note: string, firstSeenAt: string, requestCount: number, openRequestCount: number, addresses: Array<{ __typename?: 'CustomerAddress', label: string, divisionCode: string, detail: string, path?: string | null, tier?: RegionTier | null }>, products: Array<{ __typename?: 'OwnedProduct', productModel: string, serialNumber: string, purchaseDate?: string | null, invoiceNumber: string, seller: string, productCategory?: string | null }>, recentRequests: Array<{ __typename?: 'CustomerRequestSummary', id: string, number: string, productModel: string, serialNumber: string, category: ServiceRequestCategory, status: ServiceRequestStatus, createdAt: string }> } | null };

export type PossibleDuplicatesQueryVariables = Exact<{
  customerPhone?: InputMaybe<Scalars['String']['input']>;
  serialNumber?: InputMaybe<Scalars['String']['input']>;
}>;


export type PossibleDuplicatesQuery = { __typename?: 'Query', possibleDuplicates: Array<{ __typename?: 'PossibleDuplicate', id: string, number: string, customerName: string, productModel: string, serialNumber: string, status: ServiceRequestStatus, createdAt: string, reason: DuplicateReason }> };

export type IncomingQueryVariables = Exact<{ [key: string]: never; }>;


export type IncomingQuery = { __typename?: 'Query', serviceRequests: { __typename?: 'ServiceRequestConnection', totalCount: number, edges: Array<{ __typename?: 'ServiceRequestEdge', node: { __typename?: 'ServiceRequest', id: string, number: string, customerName: string, productModel: string, category: ServiceRequestCategory, firstResponseDueAt?: string | null } }> } };

export type ImportJobFieldsFragment = { __typename?: 'ImportJob', id: string, fileName: string, status: ImportJobStatus, totalRows: number, processedRows: number, importedRows: number, failedRows: number, customersCreated: number, customersUpdated: number, createdAt: string, finishedAt?: string | null, errors: Array<{ __typename?: 'ImportRowError', line: number, column?: string | null, reason: string, message: string }> };

export type StartCustomerImportMutationVariables = Exact<{
  csv: Scalars['String']['input'];
  fileName?: InputMaybe<Scalars['String']['input']>;
}>;


export type StartCustomerImportMutation = { __typename?: 'Mutation', startCustomerImport: { __typename?: 'ImportJob', id: string, fileName: string, status: ImportJobStatus, totalRows: number, processedRows: number, importedRows: number, failedRows: number, customersCreated: number, customersUpdated: number, createdAt: string, finishedAt?: string | null, errors: Array<{ __typename?: 'ImportRowError', line: number, column?: string | null, reason: string, message: string }> } };

export type CustomerImportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerImportQuery = { __typename?: 'Query', customerImport?: { __typename?: 'ImportJob', id: string, fileName: string, status: ImportJobStatus, totalRows: number, processedRows: number, importedRows: number, failedRows: number, customersCreated: number, customersUpdated: number, createdAt: string, finishedAt?: string | null, errors: Array<{ __typename?: 'ImportRowError', line: number, column?: string | null, reason: string, message: string }> } | null };

export type RequestMessagesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RequestMessagesQuery = { __typename?: 'Query', serviceRequest?: { __typename?: 'ServiceRequest', id: string, messages: Array<{ __typename?: 'RequestMessage', id: string, direction: string, from: string, to: string, subject: string, text: string, at: string, attachments: Array<{ __typename?: 'MailAttachment', filename: string, contentType: string, size: number }> }> } | null };

export type CustomerHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CustomerHistoryQuery = { __typename?: 'Query', customer?: { __typename?: 'CustomerArchive', id: string, history: Array<{ __typename?: 'ArchiveEntry', at: string, source: string, kind: string, requestId?: string | null, requestNumber?: string | null, serialNumber: string, summary: string }> } | null };

export type WorkOrderFieldsFragment = { __typename?: 'WorkOrder', id: string, serviceRequestId: string, requestNumber: string, customerName: string, productModel: string, category: ServiceRequestCategory, skill: string, divisionCode?: string | null, regionTier?: RegionTier | null, visitType: VisitType, complexity: Complexity, emergency: boolean, status: WorkOrderStatus, technicianId?: string | null, technicianName?: string | null, version: number, assessedAt: string, updatedAt: string, location?: { __typename?: 'GeoPoint', lat: number, lng: number } | null, assignment?: { __typename?: 'AssignmentReason', mode: string, code: string, distanceKm?: number | null, text: { __typename?: 'LocalizedText', zhCN: string, enUS: string } } | null, clocks: Array<{ __typename?: 'WorkClock', commitment: string, startedAt: string, dueAt: string, state: WorkClockState, closedAt?: string | null }> };

export type TechnicianFieldsFragment = { __typename?: 'Technician', id: string, userId: string, name: string, phone: string, skills: Array<string>, regions: Array<string>, dailyCapacity: number, status: TechnicianStatus, load: number, dutyToday: TechnicianDuty, home: { __typename?: 'GeoPoint', lat: number, lng: number }, calendar: { __typename?: 'WorkingCalendar', weekdays: Array<number>, hours: { __typename?: 'ShiftHours', from: string, to: string }, leave: Array<{ __typename?: 'TechnicianLeave', from: string, to: string, reason: string }> } };

export type DispatchBoardQueryVariables = Exact<{ [key: string]: never; }>;


export type DispatchBoardQuery = { __typename?: 'Query', unassigned: { __typename?: 'WorkOrderConnection', totalCount: number, edges: Array<{ __typename?: 'WorkOrderEdge', node: { __typename?: 'WorkOrder', id: string, serviceRequestId: string, requestNumber: string, customerName: string, productModel: string, category: ServiceRequestCategory, skill: string, divisionCode?: string | null, regionTier?: RegionTier | null, visitType: VisitType, complexity: Complexity, emergency: boolean, status: WorkOrderStatus, technicianId?: string | null, technicianName?: string | null, version: number, assessedAt: string, updatedAt: string, location?: { __typename?: 'GeoPoint', lat: number, lng: number } | null, assignment?: { __typename?: 'AssignmentReason', mode: string, code: string, distanceKm?: number | null, text: { __typename?: 'LocalizedText', zhCN: string, enUS: string } } | null, clocks: Array<{ __typename?: 'WorkClock', commitment: string, startedAt: string, dueAt: string, state: WorkClockState, closedAt?: string | null }> } }> }, failed: { __typename?: 'WorkOrderConnection', totalCount: number, edges: Array<{ __typename?: 'WorkOrderEdge', node: { __typename?: 'WorkOrder', id: string, serviceRequestId: string, requestNumber: string, customerName: string, productModel: string, category: ServiceRequestCategory, skill: string, divisionCode?: string | null, regionTier?: RegionTier | null, visitType: VisitType, complexity: Complexity, emergency: boolean, status: WorkOrderStatus, technicianId?: string | null, technicianName?: string | null, version: number, assessedAt: string, updatedAt: string, location?: { __typename?: 'GeoPoint', lat: number, lng: number } | null, assignment?: { __typename?: 'AssignmentReason', mode: string, code: string, distanceKm?: number | null, text: { __typename?: 'LocalizedText', zhCN: string, enUS: string } } | null, clocks: Array<{ __typename?: 'WorkClock', commitment: string, startedAt: string, dueAt: string, state: WorkClockState, closedAt?: string | null }> } }> }, technicians: Array<{ __typename?: 'Technician', id: string, userId: string, name: string, phone: string, skills: Array<string>, regions: Array<string>, dailyCapacity: number, status: TechnicianStatus, load: number, dutyToday: TechnicianDuty, home: { __typename?: 'GeoPoint', lat: number, lng: number }, calendar: { __typename?: 'WorkingCalendar', weekdays: Array<number>, hours: { __typename?: 'ShiftHours', from: string, to: string }, leave: Array<{ __typename?: 'TechnicianLeave', from: string, to: string, reason: string }> } }> };

export type JobLineFieldsFragment = { __typename?: 'WorkOrder', id: string, requestNumber: string, customerName: string, status: WorkOrderStatus, emergency: boolean, technicianId?: string | null, updatedAt: string, assignment?: { __typename?: 'AssignmentReason', mode: string, text: { __typename?: 'LocalizedText', zhCN: string, enUS: string } } | null };

export type TechnicianJobsQueryVariables = Exact<{ [key: string]: never; }>;


export type TechnicianJobsQuery = { __typename?: 'Query', assigned: { __typename?: 'WorkOrderConnection', edges: Array<{ __typename?: 'WorkOrderEdge', node: { __typename?: 'WorkOrder', id: string, requestNumber: string, customerName: string, status: WorkOrderStatus, emergency: boolean, technicianId?: string | null, updatedAt: string, assignment?: { __typename?: 'AssignmentReason', mode: string, text: { __typename?: 'LocalizedText', zhCN: string, enUS: string } } | null } }> }, accepted: { __typename?: 'WorkOrderConnection', edges: Array<{ __typename?: 'WorkOrderEdge', node: { __typename?: 'WorkOrder', id: string, requestNumber: string, customerName: string, status: WorkOrderStatus, emergency: boolean, technicianId?: string | null, updatedAt: string, assignment?: { __typename?: 'AssignmentReason', mode: string, text: { __typename?: 'LocalizedText', zhCN: string, enUS: string } } | null } }> }, enRoute: { __typename?: 'WorkOrderConnection', edges: Array<{ __typename?: 'WorkOrderEdge', node: { __typename?: 'WorkOrder', id: string, requestNumber: string, customerName: string, status: WorkOrderStatus, emergency: boolean, technicianId?: string | null, updatedAt: string, assignment?: { __typename?: 'AssignmentReason', mode: string, text: { __typename?: 'LocalizedText', zhCN: string, enUS: string } } | null } }> }, onSite: { __typename?: 'WorkOrderConnection', edges: Array<{ __typename?: 'WorkOrderEdge', node: { __typename?: 'WorkOrder', id: string, requestNumber: string, customerName: string, status: WorkOrderStatus, emergency: boolean, technicianId?: string | null, updatedAt: string, assignment?: { __typename?: 'AssignmentReason', mode: string, text: { __typename?: 'LocalizedText', zhCN: string, enUS: string } } | null } }> }, completed: { __typename?: 'WorkOrderConnection', edges: Array<{ __typename?: 'WorkOrderEdge', node: { __typename?: 'WorkOrder', id: string, technicianId?: string | null, updatedAt: string } }> } };

export type TechniciansQueryVariables = Exact<{ [key: string]: never; }>;


export type TechniciansQuery = { __typename?: 'Query', technicians: Array<{ __typename?: 'Technician', id: string, userId: string, name: string, phone: string, skills: Array<string>, regions: Array<string>, dailyCapacity: number, status: TechnicianStatus, load: number, dutyToday: TechnicianDuty, home: { __typename?: 'GeoPoint', lat: number, lng: number }, calendar: { __typename?: 'WorkingCalendar', weekdays: Array<number>, hours: { __typename?: 'ShiftHours', from: string, to: string }, leave: Array<{ __typename?: 'TechnicianLeave', from: string, to: string, reason: string }> } }> };

export type SaveTechnicianMutationVariables = Exact<{
  input: TechnicianInput;
}>;


export type SaveTechnicianMutation = { __typename?: 'Mutation', saveTechnician: { __typename?: 'Technician', id: string, userId: string, name: string, phone: string, skills: Array<string>, regions: Array<string>, dailyCapacity: number, status: TechnicianStatus, load: number, dutyToday: TechnicianDuty, home: { __typename?: 'GeoPoint', lat: number, lng: number }, calendar: { __typename?: 'WorkingCalendar', weekdays: Array<number>, hours: { __typename?: 'ShiftHours', from: string, to: string }, leave: Array<{ __typename?: 'TechnicianLeave', from: string, to: string, reason: string }> } } };

export type AssessWorkOrderMutationVariables = Exact<{
  input: AssessInput;
}>;


export type AssessWorkOrderMutation = { __typename?: 'Mutation', assessWorkOrder: { __typename?: 'WorkOrder', id: string, serviceRequestId: string, requestNumber: string, customerName: string, productModel: string, category: ServiceRequestCategory, skill: string, divisionCode?: string | null, regionTier?: RegionTier | null, visitType: VisitType, complexity: Complexity, emergency: boolean, status: WorkOrderStatus, technicianId?: string | null, technicianName?: string | null, version: number, assessedAt: string, updatedAt: string, location?: { __typename?: 'GeoPoint', lat: number, lng: number } | null, assignment?: { __typename?: 'AssignmentReason', mode: string, code: string, distanceKm?: number | null, text: { __typename?: 'LocalizedText', zhCN: string, enUS: string } } | null, clocks: Array<{ __typename?: 'WorkClock', commitment: string, startedAt: string, dueAt: string, state: WorkClockState, closedAt?: string | null }> } };

export type SuggestTechniciansQueryVariables = Exact<{
  workOrderId: Scalars['ID']['input'];
}>;


export type SuggestTechniciansQuery = { __typename?: 'Query', suggestTechnicians: { __typename?: 'Suggestions', candidates: Array<{ __typename?: 'TechnicianSuggestion', score: number, distanceKm?: number | null, technician: { __typename?: 'Technician', id: string, userId: string, name: string, phone: string, skills: Array<string>, regions: Array<string>, dailyCapacity: number, status: TechnicianStatus, load: number, dutyToday: TechnicianDuty, home: { __typename?: 'GeoPoint', lat: number, lng: number }, calendar: { __typename?: 'WorkingCalendar', weekdays: Array<number>, hours: { __typename?: 'ShiftHours', from: string, to: string }, leave: Array<{ __typename?: 'TechnicianLeave', from: string, to: string, reason: string }> } }, reason: { __typename?: 'AssignmentReason', mode: string, code: string, distanceKm?: number | null, text: { __typename?: 'LocalizedText', zhCN: string, enUS: string } } }>, excluded: { __typename?: 'Exclusions', skill: number, region: number, unavailable: number, capacity: number, excluded: number } } };

export type AssignWorkOrderMutationVariables = Exact<{
  workOrderId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  technicianId?: InputMaybe<Scalars['ID']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type AssignWorkOrderMutation = { __typename?: 'Mutation', assignWorkOrder: { __typename?: 'WorkOrder', id: string, serviceRequestId: string, requestNumber: string, customerName: string, productModel: string, category: ServiceRequestCategory, skill: string, divisionCode?: string | null, regionTier?: RegionTier | null, visitType: VisitType, complexity: Complexity, emergency: boolean, status: WorkOrderStatus, technicianId?: string | null, technicianName?: string | null, version: number, assessedAt: string, updatedAt: string, location?: { __typename?: 'GeoPoint', lat: number, lng: number } | null, assignment?: { __typename?: 'AssignmentReason', mode: string, code: string, distanceKm?: number | null, text: { __typename?: 'LocalizedText', zhCN: string, enUS: string } } | null, clocks: Array<{ __typename?: 'WorkClock', commitment: string, startedAt: string, dueAt: string, state: WorkClockState, closedAt?: string | null }> } };

export type AutoDispatchMutationVariables = Exact<{ [key: string]: never; }>;


export type AutoDispatchMutation = { __typename?: 'Mutation', autoDispatch: { __typename?: 'AutoDispatchResult', assigned: number, unassigned: Array<{ __typename?: 'UnassignedWorkOrder', workOrderId: string, requestNumber: string, excluded: { __typename?: 'Exclusions', skill: number, region: number, unavailable: number, capacity: number, excluded: number } }> } };

export type AppointmentFieldsFragment = { __typename?: 'Appointment', status: AppointmentStatus, confirmedBy?: string | null, confirmedAt?: string | null, withinCommitment?: boolean | null, technicianWorks?: boolean | null, proposed: Array<{ __typename?: 'Slot', start: string, end: string }>, confirmed?: { __typename?: 'Slot', start: string, end: string } | null, changes: Array<{ __typename?: 'AppointmentChange', at: string, by: string, cause: DelayCause, reason: string, pausedMinutes: number, from?: { __typename?: 'Slot', start: string, end: string } | null, to: { __typename?: 'Slot', start: string, end: string } }> };

export type ChargesFieldsFragment = { __typename?: 'Charges', chargeable: boolean, total: number, currency: string, acceptedAt?: string | null, acceptedTotal?: number | null, acceptedBy?: string | null, lines: Array<{ __typename?: 'ChargeLine', kind: string, description: string, quantity: number, unitPrice: number, amount: number }> };

export type WorkOrderDetailFieldsFragment = { __typename?: 'WorkOrder', excludedTechnicianIds: Array<string>, assessedBy: string, customerPhone: string, address?: string | null, serialNumber: string, problemDescription: string, warrantyStatus: WarrantyState, visits: number, completedAt?: string | null, waitingForPartsSince?: string | null, availableActions: Array<FieldAction>, id: string, serviceRequestId: string, requestNumber: string, customerName: string, productModel: string, category: ServiceRequestCategory, skill: string, divisionCode?: string | null, regionTier?: RegionTier | null, visitType: VisitType, complexity: Complexity, emergency: boolean, status: WorkOrderStatus, technicianId?: string | null, technicianName?: string | null, version: number, assessedAt: string, updatedAt: string, expectedParts: Array<{ __typename?: 'ExpectedPart', sku: string, quantity: number }>, appointment?: { __typename?: 'Appointment', status: AppointmentStatus, confirmedBy?: string | null, confirmedAt?: string | null, withinCommitment?: boolean | null, technicianWorks?: boolean | null, proposed: Array<{ __typename?: 'Slot', start: string, end: string }>, confirmed?: { __typename?: 'Slot', start: string, end: string } | null, changes: Array<{ __typename?: 'AppointmentChange', at: string, by: string, cause: DelayCause, reason: string, pausedMinutes: number, from?: { __typename?: 'Slot', start: string, end: string } | null, to: { __typename?: 'Slot', start: string, end: string } }> } | null, report?: { __typename?: 'ServiceReport', diagnosis: string, actions: string, labourMinutes: number, updatedAt: string } | null, parts: Array<{ __typename?: 'PartLine', id: string, sku: string, name: string, quantity: number, unitPrice: number, source: PartSource, reservation: PartReservation, addedAt: string }>, charges?: { __typename?: 'Charges', chargeable: boolean, total: number, currency: string, acceptedAt?: string | null, acceptedTotal?: number | null, acceptedBy?: string | null, lines: Array<{ __typename?: 'ChargeLine', kind: string, description: string, quantity: number, unitPrice: number, amount: number }> } | null, confirmation?: { __typename?: 'Confirmation', status: ConfirmationStatus, method?: string | null, signerName?: string | null, at?: string | null, comment?: string | null } | null, depot?: { __typename?: 'DepotRecord', condition?: string | null, accessories: Array<string>, receivedAt?: string | null, qcNote?: string | null, carrier?: string | null, trackingNumber?: string | null, shippedAt?: string | null } | null, timeline: Array<{ __typename?: 'WorkOrderEvent', id: string, action: string, fromStatus?: WorkOrderStatus | null, toStatus: WorkOrderStatus, actorId: string, technicianId?: string | null, note?: string | null, at: string }>, location?: { __typename?: 'GeoPoint', lat: number, lng: number } | null, assignment?: { __typename?: 'AssignmentReason', mode: string, code: string, distanceKm?: number | null, text: { __typename?: 'LocalizedText', zhCN: string, enUS: string } } | null, clocks: Array<{ __typename?: 'WorkClock', commitment: string, startedAt: string, dueAt: string, state: WorkClockState, closedAt?: string | null }> };

export type WorkOrderQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  withSignature?: Scalars['Boolean']['input'];
}>;


export type WorkOrderQuery = { __typename?: 'Query', workOrder?: { __typename?: 'WorkOrder', signatureImage?: string | null, excludedTechnicianIds: Array<string>, assessedBy: string, customerPhone: string, address?: string | null, serialNumber: string, problemDescription: string, warrantyStatus: WarrantyState, visits: number, completedAt?: string | null, waitingForPartsSince?: string | null, availableActions: Array<FieldAction>, id: string, serviceRequestId: string, requestNumber: string, customerName: string, productModel: string, category: ServiceRequestCategory, skill: string, divisionCode?: string | null, regionTier?: RegionTier | null, visitType: VisitType, complexity: Complexity, emergency: boolean, status: WorkOrderStatus, technicianId?: string | null, technicianName?: string | null, version: number, assessedAt: string, updatedAt: string, expectedParts: Array<{ __typename?: 'ExpectedPart', sku: string, quantity: number }>, appointment?: { __typename?: 'Appointment', status: AppointmentStatus, confirmedBy?: string | null, confirmedAt?: string | null, withinCommitment?: boolean | null, technicianWorks?: boolean | null, proposed: Array<{ __typename?: 'Slot', start: string, end: string }>, confirmed?: { __typename?: 'Slot', start: string, end: string } | null, changes: Array<{ __typename?: 'AppointmentChange', at: string, by: string, cause: DelayCause, reason: string, pausedMinutes: number, from?: { __typename?: 'Slot', start: string, end: string } | null, to: { __typename?: 'Slot', start: string, end: string } }> } | null, report?: { __typename?: 'ServiceReport', diagnosis: string, actions: string, labourMinutes: number, updatedAt: string } | null, parts: Array<{ __typename?: 'PartLine', id: string, sku: string, name: string, quantity: number, unitPrice: number, source: PartSource, reservation: PartReservation, addedAt: string }>, charges?: { __typename?: 'Charges', chargeable: boolean, total: number, currency: string, acceptedAt?: string | null, acceptedTotal?: number | null, acceptedBy?: string | null, lines: Array<{ __typename?: 'ChargeLine', kind: string, description: string, quantity: number, unitPrice: number, amount: number }> } | null, confirmation?: { __typename?: 'Confirmation', status: ConfirmationStatus, method?: string | null, signerName?: string | null, at?: string | null, comment?: string | null } | null, depot?: { __typename?: 'DepotRecord', condition?: string | null, accessories: Array<string>, receivedAt?: string | null, qcNote?: string | null, carrier?: string | null, trackingNumber?: string | null, shippedAt?: string | null } | null, timeline: Array<{ __typename?: 'WorkOrderEvent', id: string, action: string, fromStatus?: WorkOrderStatus | null, toStatus: WorkOrderStatus, actorId: string, technicianId?: string | null, note?: string | null, at: string }>, location?: { __typename?: 'GeoPoint', lat: number, lng: number } | null, assignment?: { __typename?: 'AssignmentReason', mode: string, code: string, distanceKm?: number | null, text: { __typename?: 'LocalizedText', zhCN: string, enUS: string } } | null, clocks: Array<{ __typename?: 'WorkClock', commitment: string, startedAt: string, dueAt: string, state: WorkClockState, closedAt?: string | null }> } | null };

export type MyJobsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyJobsQuery = { __typename?: 'Query', workOrders: { __typename?: 'WorkOrderConnection', totalCount: number, edges: Array<{ __typename?: 'WorkOrderEdge', node: { __typename?: 'WorkOrder', customerPhone: string, address?: string | null, problemDescription: string, warrantyStatus: WarrantyState, availableActions: Array<FieldAction>, id: string, serviceRequestId: string, requestNumber: string, customerName: string, productModel: string, category: ServiceRequestCategory, skill: string, divisionCode?: string | null, regionTier?: RegionTier | null, visitType: VisitType, complexity: Complexity, emergency: boolean, status: WorkOrderStatus, technicianId?: string | null, technicianName?: string | null, version: number, assessedAt: string, updatedAt: string, appointment?: { __typename?: 'Appointment', status: AppointmentStatus, confirmed?: { __typename?: 'Slot', start: string, end: string } | null } | null, location?: { __typename?: 'GeoPoint', lat: number, lng: number } | null, assignment?: { __typename?: 'AssignmentReason', mode: string, code: string, distanceKm?: number | null, text: { __typename?: 'LocalizedText', zhCN: string, enUS: string } } | null, clocks: Array<{ __typename?: 'WorkClock', commitment: string, startedAt: string, dueAt: string, state: WorkClockState, closedAt?: string | null }> } }> } };

export type WorkOrderActionMutationVariables = Exact<{
  workOrderId: Scalars['ID']['input'];
  action: FieldAction;
  note?: InputMaybe<Scalars['String']['input']>;
  location?: InputMaybe<GeoPointInput>;
  details?: InputMaybe<FieldActionDetails>;
}>;


export type WorkOrderActionMutation = { __typename?: 'Mutation', workOrderAction: { __typename?: 'WorkOrder', excludedTechnicianIds: Array<string>, assessedBy: string, customerPhone: string, address?: string | null, serialNumber: string, problemDescription: string, warrantyStatus: WarrantyState, visits: number, completedAt?: string | null, waitingForPartsSince?: string | null, availableActions: Array<FieldAction>, id: string, serviceRequestId: string, requestNumber: string, customerName: string, productModel: string, category: ServiceRequestCategory, skill: string, divisionCode?: string | null, regionTier?: RegionTier | null, visitType: VisitType, complexity: Complexity, emergency: boolean, status: WorkOrderStatus, technicianId?: string | null, technicianName?: string | null, version: number, assessedAt: string, updatedAt: string, expectedParts: Array<{ __typename?: 'ExpectedPart', sku: string, quantity: number }>, appointment?: { __typename?: 'Appointment', status: AppointmentStatus, confirmedBy?: string | null, confirmedAt?: string | null, withinCommitment?: boolean | null, technicianWorks?: boolean | null, proposed: Array<{ __typename?: 'Slot', start: string, end: string }>, confirmed?: { __typename?: 'Slot', start: string, end: string } | null, changes: Array<{ __typename?: 'AppointmentChange', at: string, by: string, cause: DelayCause, reason: string, pausedMinutes: number, from?: { __typename?: 'Slot', start: string, end: string } | null, to: { __typename?: 'Slot', start: string, end: string } }> } | null, report?: { __typename?: 'ServiceReport', diagnosis: string, actions: string, labourMinutes: number, updatedAt: string } | null, parts: Array<{ __typename?: 'PartLine', id: string, sku: string, name: string, quantity: number, unitPrice: number, source: PartSource, reservation: PartReservation, addedAt: string }>, charges?: { __typename?: 'Charges', chargeable: boolean, total: number, currency: string, acceptedAt?: string | null, acceptedTotal?: number | null, acceptedBy?: string | null, lines: Array<{ __typename?: 'ChargeLine', kind: string, description: string, quantity: number, unitPrice: number, amount: number }> } | null, confirmation?: { __typename?: 'Confirmation', status: ConfirmationStatus, method?: string | null, signerName?: string | null, at?: string | null, comment?: string | null } | null, depot?: { __typename?: 'DepotRecord', condition?: string | null, accessories: Array<string>, receivedAt?: string | null, qcNote?: string | null, carrier?: string | null, trackingNumber?: string | null, shippedAt?: string | null } | null, timeline: Array<{ __typename?: 'WorkOrderEvent', id: string, action: string, fromStatus?: WorkOrderStatus | null, toStatus: WorkOrderStatus, actorId: string, technicianId?: string | null, note?: string | null, at: string }>, location?: { __typename?: 'GeoPoint', lat: number, lng: number } | null, assignment?: { __typename?: 'AssignmentReason', mode: string, code: string, distanceKm?: number | null, text: { __typename?: 'LocalizedText', zhCN: string, enUS: string } } | null, clocks: Array<{ __typename?: 'WorkClock', commitment: string, startedAt: string, dueAt: string, state: WorkClockState, closedAt?: string | null }> } };

export type AppointmentOptionsQueryVariables = Exact<{
  workOrderId: Scalars['ID']['input'];
}>;


export type AppointmentOptionsQuery = { __typename?: 'Query', appointmentOptions: Array<{ __typename?: 'SlotOption', start: string, end: string, withinCommitment: boolean }> };

export type SetAppointmentMutationVariables = Exact<{
  workOrderId: Scalars['ID']['input'];
  mode: Scalars['String']['input'];
  slots: Array<SlotInput> | SlotInput;
}>;


export type SetAppointmentMutation = { __typename?: 'Mutation', setAppointment: { __typename?: 'WorkOrder', excludedTechnicianIds: Array<string>, assessedBy: string, customerPhone: string, address?: string | null, serialNumber: string, problemDescription: string, warrantyStatus: WarrantyState, visits: number, completedAt?: string | null, waitingForPartsSince?: string | null, availableActions: Array<FieldAction>, id: string, serviceRequestId: string, requestNumber: string, customerName: string, productModel: string, category: ServiceRequestCategory, skill: string, divisionCode?: string | null, regionTier?: RegionTier | null, visitType: VisitType, complexity: Complexity, emergency: boolean, status: WorkOrderStatus, technicianId?: string | null, technicianName?: string | null, version: number, assessedAt: string, updatedAt: string, expectedParts: Array<{ __typename?: 'ExpectedPart', sku: string, quantity: number }>, appointment?: { __typename?: 'Appointment', status: AppointmentStatus, confirmedBy?: string | null, confirmedAt?: string | null, withinCommitment?: boolean | null, technicianWorks?: boolean | null, proposed: Array<{ __typename?: 'Slot', start: string, end: string }>, confirmed?: { __typename?: 'Slot', start: string, end: string } | null, changes: Array<{ __typename?: 'AppointmentChange', at: string, by: string, cause: DelayCause, reason: string, pausedMinutes: number, from?: { __typename?: 'Slot', start: string, end: string } | null, to: { __typename?: 'Slot', start: string, end: string } }> } | null, report?: { __typename?: 'ServiceReport', diagnosis: string, actions: string, labourMinutes: number, updatedAt: string } | null, parts: Array<{ __typename?: 'PartLine', id: string, sku: string, name: string, quantity: number, unitPrice: number, source: PartSource, reservation: PartReservation, addedAt: string }>, charges?: { __typename?: 'Charges', chargeable: boolean, total: number, currency: string, acceptedAt?: string | null, acceptedTotal?: number | null, acceptedBy?: string | null, lines: Array<{ __typename?: 'ChargeLine', kind: string, description: string, quantity: number, unitPrice: number, amount: number }> } | null, confirmation?: { __typename?: 'Confirmation', status: ConfirmationStatus, method?: string | null, signerName?: string | null, at?: string | null, comment?: string | null } | null, depot?: { __typename?: 'DepotRecord', condition?: string | null, accessories: Array<string>, receivedAt?: string | null, qcNote?: string | null, carrier?: string | null, trackingNumber?: string | null, shippedAt?: string | null } | null, timeline: Array<{ __typename?: 'WorkOrderEvent', id: string, action: string, fromStatus?: WorkOrderStatus | null, toStatus: WorkOrderStatus, actorId: string, technicianId?: string | null, note?: string | null, at: string }>, location?: { __typename?: 'GeoPoint', lat: number, lng: number } | null, assignment?: { __typename?: 'AssignmentReason', mode: string, code: string, distanceKm?: number | null, text: { __typename?: 'LocalizedText', zhCN: string, enUS: string } } | null, clocks: Array<{ __typename?: 'WorkClock', commitment: string, startedAt: string, dueAt: string, state: WorkClockState, closedAt?: string | null }> } };

export type RescheduleAppointmentMutationVariables = Exact<{
  workOrderId: Scalars['ID']['input'];
  slot: SlotInput;
  cause: DelayCause;
  reason: Scalars['String']['input'];
}>;


export type RescheduleAppointmentMutation = { __typename?: 'Mutation', rescheduleAppointment: { __typename?: 'WorkOrder', excludedTechnicianIds: Array<string>, assessedBy: string, customerPhone: string, address?: string | null, serialNumber: string, problemDescription: string, warrantyStatus: WarrantyState, visits: number, completedAt?: string | null, waitingForPartsSince?: string | null, availableActions: Array<FieldAction>, id: string, serviceRequestId: string, requestNumber: string, customerName: string, productModel: string, category: ServiceRequestCategory, skill: string, divisionCode?: string | null, regionTier?: RegionTier | null, visitType: VisitType, complexity: Complexity, emergency: boolean, status: WorkOrderStatus, technicianId?: string | null, technicianName?: string | null, version: number, assessedAt: string, updatedAt: string, expectedParts: Array<{ __typename?: 'ExpectedPart', sku: string, quantity: number }>, appointment?: { __typename?: 'Appointment', status: AppointmentStatus, confirmedBy?: string | null, confirmedAt?: string | null, withinCommitment?: boolean | null, technicianWorks?: boolean | null, proposed: Array<{ __typename?: 'Slot', start: string, end: string }>, confirmed?: { __typename?: 'Slot', start: string, end: string } | null, changes: Array<{ __typename?: 'AppointmentChange', at: string, by: string, cause: DelayCause, reason: string, pausedMinutes: number, from?: { __typename?: 'Slot', start: string, end: string } | null, to: { __typename?: 'Slot', start: string, end: string } }> } | null, report?: { __typename?: 'ServiceReport', diagnosis: string, actions: string, labourMinutes: number, updatedAt: string } | null, parts: Array<{ __typename?: 'PartLine', id: string, sku: string, name: string, quantity: number, unitPrice: number, source: PartSource, reservation: PartReservation, addedAt: string }>, charges?: { __typename?: 'Charges', chargeable: boolean, total: number, currency: string, acceptedAt?: string | null, acceptedTotal?: number | null, acceptedBy?: string | null, lines: Array<{ __typename?: 'ChargeLine', kind: string, description: string, quantity: number, unitPrice: number, amount: number }> } | null, confirmation?: { __typename?: 'Confirmation', status: ConfirmationStatus, method?: string | null, signerName?: string | null, at?: string | null, comment?: string | null } | null, depot?: { __typename?: 'DepotRecord', condition?: string | null, accessories: Array<string>, receivedAt?: string | null, qcNote?: string | null, carrier?: string | null, trackingNumber?: string | null, shippedAt?: string | null } | null, timeline: Array<{ __typename?: 'WorkOrderEvent', id: string, action: string, fromStatus?: WorkOrderStatus | null, toStatus: WorkOrderStatus, actorId: string, technicianId?: string | null, note?: string | null, at: string }>, location?: { __typename?: 'GeoPoint', lat: number, lng: number } | null, assignment?: { __typename?: 'AssignmentReason', mode: string, code: string, distanceKm?: number | null, text: { __typename?: 'LocalizedText', zhCN: string, enUS: string } } | null, clocks: Array<{ __typename?: 'WorkClock', commitment: string, startedAt: string, dueAt: string, state: WorkClockState, closedAt?: string | null }> } };

export type SaveServiceReportMutationVariables = Exact<{
  workOrderId: Scalars['ID']['input'];
  diagnosis: Scalars['String']['input'];
  actions: Scalars['String']['input'];
  labourMinutes: Scalars['Int']['input'];
}>;


export type SaveServiceReportMutation = { __typename?: 'Mutation', saveServiceReport: { __typename?: 'WorkOrder', excludedTechnicianIds: Array<string>, assessedBy: string, customerPhone: string, address?: string | null, serialNumber: string, problemDescription: string, warrantyStatus: WarrantyState, visits: number, completedAt?: string | null, waitingForPartsSince?: string | null, availableActions: Array<FieldAction>, id: string, serviceRequestId: string, requestNumber: string, customerName: string, productModel: string, category: ServiceRequestCategory, skill: string, divisionCode?: string | null, regionTier?: RegionTier | null, visitType: VisitType, complexity: Complexity, emergency: boolean, status: WorkOrderStatus, technicianId?: string | null, technicianName?: string | null, version: number, assessedAt: string, updatedAt: string, expectedParts: Array<{ __typename?: 'ExpectedPart', sku: string, quantity: number }>, appointment?: { __typename?: 'Appointment', status: AppointmentStatus, confirmedBy?: string | null, confirmedAt?: string | null, withinCommitment?: boolean | null, technicianWorks?: boolean | null, proposed: Array<{ __typename?: 'Slot', start: string, end: string }>, confirmed?: { __typename?: 'Slot', start: string, end: string } | null, changes: Array<{ __typename?: 'AppointmentChange', at: string, by: string, cause: DelayCause, reason: string, pausedMinutes: number, from?: { __typename?: 'Slot', start: string, end: string } | null, to: { __typename?: 'Slot', start: string, end: string } }> } | null, report?: { __typename?: 'ServiceReport', diagnosis: string, actions: string, labourMinutes: number, updatedAt: string } | null, parts: Array<{ __typename?: 'PartLine', id: string, sku: string, name: string, quantity: number, unitPrice: number, source: PartSource, reservation: PartReservation, addedAt: string }>, charges?: { __typename?: 'Charges', chargeable: boolean, total: number, currency: string, acceptedAt?: string | null, acceptedTotal?: number | null, acceptedBy?: string | null, lines: Array<{ __typename?: 'ChargeLine', kind: string, description: string, quantity: number, unitPrice: number, amount: number }> } | null, confirmation?: { __typename?: 'Confirmation', status: ConfirmationStatus, method?: string | null, signerName?: string | null, at?: string | null, comment?: string | null } | null, depot?: { __typename?: 'DepotRecord', condition?: string | null, accessories: Array<string>, receivedAt?: string | null, qcNote?: string | null, carrier?: string | null, trackingNumber?: string | null, shippedAt?: string | null } | null, timeline: Array<{ __typename?: 'WorkOrderEvent', id: string, action: string, fromStatus?: WorkOrderStatus | null, toStatus: WorkOrderStatus, actorId: string, technicianId?: string | null, note?: string | null, at: string }>, location?: { __typename?: 'GeoPoint', lat: number, lng: number } | null, assignment?: { __typename?: 'AssignmentReason', mode: string, code: string, distanceKm?: number | null, text: { __typename?: 'LocalizedText', zhCN: string, enUS: string } } | null, clocks: Array<{ __typename?: 'WorkClock', commitment: string, startedAt: string, dueAt: string, state: WorkClockState, closedAt?: string | null }> } };

export type AddPartLineMutationVariables = Exact<{
  workOrderId: Scalars['ID']['input'];
  sku: Scalars['String']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  quantity: Scalars['Int']['input'];
  unitPrice?: InputMaybe<Scalars['Int']['input']>;
  source?: InputMaybe<PartSource>;
}>;


export type AddPartLineMutation = { __typename?: 'Mutation', addPartLine: { __typename?: 'WorkOrder', excludedTechnicianIds: Array<string>, assessedBy: string, customerPhone: string, address?: string | null, serialNumber: string, problemDescription: string, warrantyStatus: WarrantyState, visits: number, completedAt?: string | null, waitingForPartsSince?: string | null, availableActions: Array<FieldAction>, id: string, serviceRequestId: string, requestNumber: string, customerName: string, productModel: string, category: ServiceRequestCategory, skill: string, divisionCode?: string | null, regionTier?: RegionTier | null, visitType: VisitType, complexity: Complexity, emergency: boolean, status: WorkOrderStatus, technicianId?: string | null, technicianName?: string | null, version: number, assessedAt: string, updatedAt: string, expectedParts: Array<{ __typename?: 'ExpectedPart', sku: string, quantity: number }>, appointment?: { __typename?: 'Appointment', status: AppointmentStatus, confirmedBy?: string | null, confirmedAt?: string | null, withinCommitment?: boolean | null, technicianWorks?: boolean | null, proposed: Array<{ __typename?: 'Slot', start: string, end: string }>, confirmed?: { __typename?: 'Slot', start: string, end: string } | null, changes: Array<{ __typename?: 'AppointmentChange', at: string, by: string, cause: DelayCause, reason: string, pausedMinutes: number, from?: { __typename?: 'Slot', start: string, end: string } | null, to: { __typename?: 'Slot', start: string, end: string } }> } | null, report?: { __typename?: 'ServiceReport', diagnosis: string, actions: string, labourMinutes: number, updatedAt: string } | null, parts: Array<{ __typename?: 'PartLine', id: string, sku: string, name: string, quantity: number, unitPrice: number, source: PartSource, reservation: PartReservation, addedAt: string }>, charges?: { __typename?: 'Charges', chargeable: boolean, total: number, currency: string, acceptedAt?: string | null, acceptedTotal?: number | null, acceptedBy?: string | null, lines: Array<{ __typename?: 'ChargeLine', kind: string, description: string, quantity: number, unitPrice: number, amount: number }> } | null, confirmation?: { __typename?: 'Confirmation', status: ConfirmationStatus, method?: string | null, signerName?: string | null, at?: string | null, comment?: string | null } | null, depot?: { __typename?: 'DepotRecord', condition?: string | null, accessories: Array<string>, receivedAt?: string | null, qcNote?: string | null, carrier?: string | null, trackingNumber?: string | null, shippedAt?: string | null } | null, timeline: Array<{ __typename?: 'WorkOrderEvent', id: string, action: string, fromStatus?: WorkOrderStatus | null, toStatus: WorkOrderStatus, actorId: string, technicianId?: string | null, note?: string | null, at: string }>, location?: { __typename?: 'GeoPoint', lat: number, lng: number } | null, assignment?: { __typename?: 'AssignmentReason', mode: string, code: string, distanceKm?: number | null, text: { __typename?: 'LocalizedText', zhCN: string, enUS: string } } | null, clocks: Array<{ __typename?: 'WorkClock', commitment: string, startedAt: string, dueAt: string, state: WorkClockState, closedAt?: string | null }> } };

export type RemovePartLineMutationVariables = Exact<{
  workOrderId: Scalars['ID']['input'];
  lineId: Scalars['ID']['input'];
}>;


export type RemovePartLineMutation = { __typename?: 'Mutation', removePartLine: { __typename?: 'WorkOrder', excludedTechnicianIds: Array<string>, assessedBy: string, customerPhone: string, address?: string | null, serialNumber: string, problemDescription: string, warrantyStatus: WarrantyState, visits: number, completedAt?: string | null, waitingForPartsSince?: string | null, availableActions: Array<FieldAction>, id: string, serviceRequestId: string, requestNumber: string, customerName: string, productModel: string, category: ServiceRequestCategory, skill: string, divisionCode?: string | null, regionTier?: RegionTier | null, visitType: VisitType, complexity: Complexity, emergency: boolean, status: WorkOrderStatus, technicianId?: string | null, technicianName?: string | null, version: number, assessedAt: string, updatedAt: string, expectedParts: Array<{ __typename?: 'ExpectedPart', sku: string, quantity: number }>, appointment?: { __typename?: 'Appointment', status: AppointmentStatus, confirmedBy?: string | null, confirmedAt?: string | null, withinCommitment?: boolean | null, technicianWorks?: boolean | null, proposed: Array<{ __typename?: 'Slot', start: string, end: string }>, confirmed?: { __typename?: 'Slot', start: string, end: string } | null, changes: Array<{ __typename?: 'AppointmentChange', at: string, by: string, cause: DelayCause, reason: string, pausedMinutes: number, from?: { __typename?: 'Slot', start: string, end: string } | null, to: { __typename?: 'Slot', start: string, end: string } }> } | null, report?: { __typename?: 'ServiceReport', diagnosis: string, actions: string, labourMinutes: number, updatedAt: string } | null, parts: Array<{ __typename?: 'PartLine', id: string, sku: string, name: string, quantity: number, unitPrice: number, source: PartSource, reservation: PartReservation, addedAt: string }>, charges?: { __typename?: 'Charges', chargeable: boolean, total: number, currency: string, acceptedAt?: string | null, acceptedTotal?: number | null, acceptedBy?: string | null, lines: Array<{ __typename?: 'ChargeLine', kind: string, description: string, quantity: number, unitPrice: number, amount: number }> } | null, confirmation?: { __typename?: 'Confirmation', status: ConfirmationStatus, method?: string | null, signerName?: string | null, at?: string | null, comment?: string | null } | null, depot?: { __typename?: 'DepotRecord', condition?: string | null, accessories: Array<string>, receivedAt?: string | null, qcNote?: string | null, carrier?: string | null, trackingNumber?: string | null, shippedAt?: string | null } | null, timeline: Array<{ __typename?: 'WorkOrderEvent', id: string, action: string, fromStatus?: WorkOrderStatus | null, toStatus: WorkOrderStatus, actorId: string, technicianId?: string | null, note?: string | null, at: string }>, location?: { __typename?: 'GeoPoint', lat: number, lng: number } | null, assignment?: { __typename?: 'AssignmentReason', mode: string, code: string, distanceKm?: number | null, text: { __typename?: 'LocalizedText', zhCN: string, enUS: string } } | null, clocks: Array<{ __typename?: 'WorkClock', commitment: string, startedAt: string, dueAt: string, state: WorkClockState, closedAt?: string | null }> } };

export type AcceptChargesMutationVariables = Exact<{
  workOrderId: Scalars['ID']['input'];
  total: Scalars['Int']['input'];
}>;


export type AcceptChargesMutation = { __typename?: 'Mutation', acceptCharges: { __typename?: 'WorkOrder', excludedTechnicianIds: Array<string>, assessedBy: string, customerPhone: string, address?: string | null, serialNumber: string, problemDescription: string, warrantyStatus: WarrantyState, visits: number, completedAt?: string | null, waitingForPartsSince?: string | null, availableActions: Array<FieldAction>, id: string, serviceRequestId: string, requestNumber: string, customerName: string, productModel: string, category: ServiceRequestCategory, skill: string, divisionCode?: string | null, regionTier?: RegionTier | null, visitType: VisitType, complexity: Complexity, emergency: boolean, status: WorkOrderStatus, technicianId?: string | null, technicianName?: string | null, version: number, assessedAt: string, updatedAt: string, expectedParts: Array<{ __typename?: 'ExpectedPart', sku: string, quantity: number }>, appointment?: { __typename?: 'Appointment', status: AppointmentStatus, confirmedBy?: string | null, confirmedAt?: string | null, withinCommitment?: boolean | null, technicianWorks?: boolean | null, proposed: Array<{ __typename?: 'Slot', start: string, end: string }>, confirmed?: { __typename?: 'Slot', start: string, end: string } | null, changes: Array<{ __typename?: 'AppointmentChange', at: string, by: string, cause: DelayCause, reason: string, pausedMinutes: number, from?: { __typename?: 'Slot', start: string, end: string } | null, to: { __typename?: 'Slot', start: string, end: string } }> } | null, report?: { __typename?: 'ServiceReport', diagnosis: string, actions: string, labourMinutes: number, updatedAt: string } | null, parts: Array<{ __typename?: 'PartLine', id: string, sku: string, name: string, quantity: number, unitPrice: number, source: PartSource, reservation: PartReservation, addedAt: string }>, charges?: { __typename?: 'Charges', chargeable: boolean, total: number, currency: string, acceptedAt?: string | null, acceptedTotal?: number | null, acceptedBy?: string | null, lines: Array<{ __typename?: 'ChargeLine', kind: string, description: string, quantity: number, unitPrice: number, amount: number }> } | null, confirmation?: { __typename?: 'Confirmation', status: ConfirmationStatus, method?: string | null, signerName?: string | null, at?: string | null, comment?: string | null } | null, depot?: { __typename?: 'DepotRecord', condition?: string | null, accessories: Array<string>, receivedAt?: string | null, qcNote?: string | null, carrier?: string | null, trackingNumber?: string | null, shippedAt?: string | null } | null, timeline: Array<{ __typename?: 'WorkOrderEvent', id: string, action: string, fromStatus?: WorkOrderStatus | null, toStatus: WorkOrderStatus, actorId: string, technicianId?: string | null, note?: string | null, at: string }>, location?: { __typename?: 'GeoPoint', lat: number, lng: number } | null, assignment?: { __typename?: 'AssignmentReason', mode: string, code: string, distanceKm?: number | null, text: { __typename?: 'LocalizedText', zhCN: string, enUS: string } } | null, clocks: Array<{ __typename?: 'WorkClock', commitment: string, startedAt: string, dueAt: string, state: WorkClockState, closedAt?: string | null }> } };

export type PriceListQueryVariables = Exact<{ [key: string]: never; }>;


export type PriceListQuery = { __typename?: 'Query', dispatchSettings: { __typename?: 'DispatchSettings', priceList: { __typename?: 'PriceList', labourStepMinutes: number } } };

export type CatalogPartsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type CatalogPartsQuery = { __typename?: 'Query', parts: { __typename?: 'PartConnection', edges: Array<{ __typename?: 'PartEdge', node: { __typename?: 'Part', id: string, sku: string, name: string, unit: string, price: number, compatibleModels: Array<string> } }> } };

export type PublicVisitFieldsFragment = { __typename?: 'PublicVisit', visitType: VisitType, status: WorkOrderStatus, technicianName?: string | null, appointment?: { __typename?: 'Appointment', status: AppointmentStatus, confirmedBy?: string | null, confirmedAt?: string | null, proposed: Array<{ __typename?: 'Slot', start: string, end: string }>, confirmed?: { __typename?: 'Slot', start: string, end: string } | null } | null, charges: { __typename?: 'Charges', chargeable: boolean, total: number, currency: string, acceptedAt?: string | null, acceptedTotal?: number | null, acceptedBy?: string | null, lines: Array<{ __typename?: 'ChargeLine', kind: string, description: string, quantity: number, unitPrice: number, amount: number }> }, confirmation: { __typename?: 'Confirmation', status: ConfirmationStatus, method?: string | null, signerName?: string | null, at?: string | null, comment?: string | null }, shipment?: { __typename?: 'Shipment', carrier: string, trackingNumber: string } | null };

export type TrackVisitQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type TrackVisitQuery = { __typename?: 'Query', trackVisit?: { __typename?: 'PublicVisit', visitType: VisitType, status: WorkOrderStatus, technicianName?: string | null, appointment?: { __typename?: 'Appointment', status: AppointmentStatus, confirmedBy?: string | null, confirmedAt?: string | null, proposed: Array<{ __typename?: 'Slot', start: string, end: string }>, confirmed?: { __typename?: 'Slot', start: string, end: string } | null } | null, charges: { __typename?: 'Charges', chargeable: boolean, total: number, currency: string, acceptedAt?: string | null, acceptedTotal?: number | null, acceptedBy?: string | null, lines: Array<{ __typename?: 'ChargeLine', kind: string, description: string, quantity: number, unitPrice: number, amount: number }> }, confirmation: { __typename?: 'Confirmation', status: ConfirmationStatus, method?: string | null, signerName?: string | null, at?: string | null, comment?: string | null }, shipment?: { __typename?: 'Shipment', carrier: string, trackingNumber: string } | null } | null };

export type CustomerVisitActionMutationVariables = Exact<{
  token: Scalars['String']['input'];
  step: CustomerVisitStep;
  start?: InputMaybe<Scalars['DateTime']['input']>;
  comment?: InputMaybe<Scalars['String']['input']>;
  total?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CustomerVisitActionMutation = { __typename?: 'Mutation', customerVisitAction: { __typename?: 'PublicVisit', visitType: VisitType, status: WorkOrderStatus, technicianName?: string | null, appointment?: { __typename?: 'Appointment', status: AppointmentStatus, confirmedBy?: string | null, confirmedAt?: string | null, proposed: Array<{ __typename?: 'Slot', start: string, end: string }>, confirmed?: { __typename?: 'Slot', start: string, end: string } | null } | null, charges: { __typename?: 'Charges', chargeable: boolean, total: number, currency: string, acceptedAt?: string | null, acceptedTotal?: number | null, acceptedBy?: string | null, lines: Array<{ __typename?: 'ChargeLine', kind: string, description: string, quantity: number, unitPrice: number, amount: number }> }, confirmation: { __typename?: 'Confirmation', status: ConfirmationStatus, method?: string | null, signerName?: string | null, at?: string | null, comment?: string | null }, shipment?: { __typename?: 'Shipment', carrier: string, trackingNumber: string } | null } };

export type StockLowSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type StockLowSubscription = { __typename?: 'Subscription', stockLow: { __typename?: 'StockLevel', partId: string, sku: string, name: string, unit: string, locationId: string, locationCode: string, locationName: string, locationKind: LocationKind, available: number, reorderPoint?: number | null, reorderQuantity?: number | null } };

export type WorkOrderEscalatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type WorkOrderEscalatedSubscription = { __typename?: 'Subscription', workOrderEscalated: { __typename?: 'Escalation', id: string, workOrderId: string, requestNumber: string, customerName: string, commitment: string, dueAt: string, leadName?: string | null } };

export type StockLocationFieldsFragment = { __typename?: 'StockLocation', id: string, code: string, name: string, kind: LocationKind, technicianId?: string | null, technicianUserId?: string | null, stocktakeEveryDays?: number | null, lastStocktakeAt?: string | null, stocktakeDueAt?: string | null };

export type StockLocationsQueryVariables = Exact<{ [key: string]: never; }>;


export type StockLocationsQuery = { __typename?: 'Query', stockLocations: Array<{ __typename?: 'StockLocation', id: string, code: string, name: string, kind: LocationKind, technicianId?: string | null, technicianUserId?: string | null, stocktakeEveryDays?: number | null, lastStocktakeAt?: string | null, stocktakeDueAt?: string | null }> };

export type SaveStockLocationMutationVariables = Exact<{
  input: LocationInput;
}>;


export type SaveStockLocationMutation = { __typename?: 'Mutation', saveStockLocation: { __typename?: 'StockLocation', id: string, code: string, name: string, kind: LocationKind, technicianId?: string | null, technicianUserId?: string | null, stocktakeEveryDays?: number | null, lastStocktakeAt?: string | null, stocktakeDueAt?: string | null } };

export type StockLevelFieldsFragment = { __typename?: 'StockLevel', partId: string, sku: string, name: string, unit: string, locationId: string, locationCode: string, locationName: string, locationKind: LocationKind, onHand: number, reserved: number, available: number, inTransit: number, reorderPoint?: number | null, reorderQuantity?: number | null, low: boolean, value: number };

export type StockLevelsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  locationId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  lowOnly?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type StockLevelsQuery = { __typename?: 'Query', stockLevels: { __typename?: 'StockLevelConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'StockLevelEdge', node: { __typename?: 'StockLevel', partId: string, sku: string, name: string, unit: string, locationId: string, locationCode: string, locationName: string, locationKind: LocationKind, onHand: number, reserved: number, available: number, inTransit: number, reorderPoint?: number | null, reorderQuantity?: number | null, low: boolean, value: number } }> } };

export type PartFieldsFragment = { __typename?: 'Part', id: string, sku: string, name: string, unit: string, compatibleModels: Array<string>, cost: number, price: number, serialised: boolean, warrantyMonths: number, active: boolean, averageCost: number, onHand: number, available: number };

export type PartsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type PartsQuery = { __typename?: 'Query', parts: { __typename?: 'PartConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'PartEdge', node: { __typename?: 'Part', id: string, sku: string, name: string, unit: string, compatibleModels: Array<string>, cost: number, price: number, serialised: boolean, warrantyMonths: number, active: boolean, averageCost: number, onHand: number, available: number } }> } };

export type PartQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  locationId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type PartQuery = { __typename?: 'Query', part?: { __typename?: 'Part', id: string, sku: string, name: string, unit: string, compatibleModels: Array<string>, cost: number, price: number, serialised: boolean, warrantyMonths: number, active: boolean, averageCost: number, onHand: number, available: number, stock: Array<{ __typename?: 'StockLevel', partId: string, sku: string, name: string, unit: string, locationId: string, locationCode: string, locationName: string, locationKind: LocationKind, onHand: number, reserved: number, available: number, inTransit: number, reorderPoint?: number | null, reorderQuantity?: number | null, low: boolean, value: number }>, movements: { __typename?: 'MovementConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'MovementEdge', node: { __typename?: 'Movement', id: string, kind: MovementKind, quantity: number, reservedChange: number, unitCost?: number | null, locationId: string, locationCode: string, reason?: string | null, sourceType: string, sourceId?: string | null, at: string } }> } } | null };

export type SavePartMutationVariables = Exact<{
  input: PartInput;
}>;


export type SavePartMutation = { __typename?: 'Mutation', savePart: { __typename?: 'Part', id: string, sku: string, name: string, unit: string, compatibleModels: Array<string>, cost: number, price: number, serialised: boolean, warrantyMonths: number, active: boolean, averageCost: number, onHand: number, available: number } };

export type ReceiveStockMutationVariables = Exact<{
  locationId: Scalars['ID']['input'];
  sku: Scalars['String']['input'];
  quantity: Scalars['Int']['input'];
  unitCost: Scalars['Int']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReceiveStockMutation = { __typename?: 'Mutation', receiveStock: { __typename?: 'StockLevel', partId: string, sku: string, name: string, unit: string, locationId: string, locationCode: string, locationName: string, locationKind: LocationKind, onHand: number, reserved: number, available: number, inTransit: number, reorderPoint?: number | null, reorderQuantity?: number | null, low: boolean, value: number } };

export type AdjustStockMutationVariables = Exact<{
  locationId: Scalars['ID']['input'];
  sku: Scalars['String']['input'];
  quantity: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
}>;


export type AdjustStockMutation = { __typename?: 'Mutation', adjustStock: { __typename?: 'StockLevel', partId: string, sku: string, name: string, unit: string, locationId: string, locationCode: string, locationName: string, locationKind: LocationKind, onHand: number, reserved: number, available: number, inTransit: number, reorderPoint?: number | null, reorderQuantity?: number | null, low: boolean, value: number } };

export type SetReorderLevelMutationVariables = Exact<{
  locationId: Scalars['ID']['input'];
  sku: Scalars['String']['input'];
  reorderPoint?: InputMaybe<Scalars['Int']['input']>;
  reorderQuantity?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SetReorderLevelMutation = { __typename?: 'Mutation', setReorderLevel: { __typename?: 'StockLevel', partId: string, sku: string, name: string, unit: string, locationId: string, locationCode: string, locationName: string, locationKind: LocationKind, onHand: number, reserved: number, available: number, inTransit: number, reorderPoint?: number | null, reorderQuantity?: number | null, low: boolean, value: number } };

export type TransferFieldsFragment = { __typename?: 'Transfer', id: string, number: string, fromLocationId: string, fromCode: string, toLocationId: string, toCode: string, state: TransferState, reason?: string | null, requestedAt: string, shippedAt?: string | null, receivedAt?: string | null, lines: Array<{ __typename?: 'TransferLine', sku: string, name: string, quantity: number }> };

export type TransfersQueryVariables = Exact<{
  state?: InputMaybe<TransferState>;
  locationId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type TransfersQuery = { __typename?: 'Query', transfers: Array<{ __typename?: 'Transfer', id: string, number: string, fromLocationId: string, fromCode: string, toLocationId: string, toCode: string, state: TransferState, reason?: string | null, requestedAt: string, shippedAt?: string | null, receivedAt?: string | null, lines: Array<{ __typename?: 'TransferLine', sku: string, name: string, quantity: number }> }> };

export type RequestTransferMutationVariables = Exact<{
  fromLocationId: Scalars['ID']['input'];
  toLocationId: Scalars['ID']['input'];
  lines: Array<TransferLineInput> | TransferLineInput;
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type RequestTransferMutation = { __typename?: 'Mutation', requestTransfer: { __typename?: 'Transfer', id: string, number: string, fromLocationId: string, fromCode: string, toLocationId: string, toCode: string, state: TransferState, reason?: string | null, requestedAt: string, shippedAt?: string | null, receivedAt?: string | null, lines: Array<{ __typename?: 'TransferLine', sku: string, name: string, quantity: number }> } };

export type ShipTransferMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ShipTransferMutation = { __typename?: 'Mutation', shipTransfer: { __typename?: 'Transfer', id: string, number: string, fromLocationId: string, fromCode: string, toLocationId: string, toCode: string, state: TransferState, reason?: string | null, requestedAt: string, shippedAt?: string | null, receivedAt?: string | null, lines: Array<{ __typename?: 'TransferLine', sku: string, name: string, quantity: number }> } };

export type ReceiveTransferMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReceiveTransferMutation = { __typename?: 'Mutation', receiveTransfer: { __typename?: 'Transfer', id: string, number: string, fromLocationId: string, fromCode: string, toLocationId: string, toCode: string, state: TransferState, reason?: string | null, requestedAt: string, shippedAt?: string | null, receivedAt?: string | null, lines: Array<{ __typename?: 'TransferLine', sku: string, name: string, quantity: number }> } };

export type CancelTransferMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelTransferMutation = { __typename?: 'Mutation', cancelTransfer: { __typename?: 'Transfer', id: string, number: string, fromLocationId: string, fromCode: string, toLocationId: string, toCode: string, state: TransferState, reason?: string | null, requestedAt: string, shippedAt?: string | null, receivedAt?: string | null, lines: Array<{ __typename?: 'TransferLine', sku: string, name: string, quantity: number }> } };

export type StocktakeFieldsFragment = { __typename?: 'Stocktake', id: string, number: string, locationId: string, locationCode: string, locationName: string, state: StocktakeState, blind: boolean, startedAt: string, submittedAt?: string | null, approvedAt?: string | null, countedLines: number, totalVarianceValue?: number | null, onSchedule?: boolean | null, lines: Array<{ __typename?: 'StocktakeLine', partId: string, sku: string, name: string, expected?: number | null, counted?: number | null, variance?: number | null, varianceValue?: number | null }> };

export type StocktakesQueryVariables = Exact<{
  locationId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type StocktakesQuery = { __typename?: 'Query', stocktakes: Array<{ __typename?: 'Stocktake', id: string, number: string, locationId: string, locationCode: string, locationName: string, state: StocktakeState, blind: boolean, startedAt: string, submittedAt?: string | null, approvedAt?: string | null, countedLines: number, totalVarianceValue?: number | null, onSchedule?: boolean | null, lines: Array<{ __typename?: 'StocktakeLine', partId: string, sku: string, name: string, expected?: number | null, counted?: number | null, variance?: number | null, varianceValue?: number | null }> }> };

export type StocktakeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StocktakeQuery = { __typename?: 'Query', stocktake?: { __typename?: 'Stocktake', id: string, number: string, locationId: string, locationCode: string, locationName: string, state: StocktakeState, blind: boolean, startedAt: string, submittedAt?: string | null, approvedAt?: string | null, countedLines: number, totalVarianceValue?: number | null, onSchedule?: boolean | null, lines: Array<{ __typename?: 'StocktakeLine', partId: string, sku: string, name: string, expected?: number | null, counted?: number | null, variance?: number | null, varianceValue?: number | null }> } | null };

export type StartStocktakeMutationVariables = Exact<{
  locationId: Scalars['ID']['input'];
  blind?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type StartStocktakeMutation = { __typename?: 'Mutation', startStocktake: { __typename?: 'Stocktake', id: string, number: string, locationId: string, locationCode: string, locationName: string, state: StocktakeState, blind: boolean, startedAt: string, submittedAt?: string | null, approvedAt?: string | null, countedLines: number, totalVarianceValue?: number | null, onSchedule?: boolean | null, lines: Array<{ __typename?: 'StocktakeLine', partId: string, sku: string, name: string, expected?: number | null, counted?: number | null, variance?: number | null, varianceValue?: number | null }> } };

export type RecordCountMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  sku: Scalars['String']['input'];
  counted: Scalars['Int']['input'];
}>;


export type RecordCountMutation = { __typename?: 'Mutation', recordCount: { __typename?: 'Stocktake', id: string, number: string, locationId: string, locationCode: string, locationName: string, state: StocktakeState, blind: boolean, startedAt: string, submittedAt?: string | null, approvedAt?: string | null, countedLines: number, totalVarianceValue?: number | null, onSchedule?: boolean | null, lines: Array<{ __typename?: 'StocktakeLine', partId: string, sku: string, name: string, expected?: number | null, counted?: number | null, variance?: number | null, varianceValue?: number | null }> } };

export type SubmitStocktakeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SubmitStocktakeMutation = { __typename?: 'Mutation', submitStocktake: { __typename?: 'Stocktake', id: string, number: string, locationId: string, locationCode: string, locationName: string, state: StocktakeState, blind: boolean, startedAt: string, submittedAt?: string | null, approvedAt?: string | null, countedLines: number, totalVarianceValue?: number | null, onSchedule?: boolean | null, lines: Array<{ __typename?: 'StocktakeLine', partId: string, sku: string, name: string, expected?: number | null, counted?: number | null, variance?: number | null, varianceValue?: number | null }> } };

export type ApproveStocktakeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type ApproveStocktakeMutation = { __typename?: 'Mutation', approveStocktake: { __typename?: 'Stocktake', id: string, number: string, locationId: string, locationCode: string, locationName: string, state: StocktakeState, blind: boolean, startedAt: string, submittedAt?: string | null, approvedAt?: string | null, countedLines: number, totalVarianceValue?: number | null, onSchedule?: boolean | null, lines: Array<{ __typename?: 'StocktakeLine', partId: string, sku: string, name: string, expected?: number | null, counted?: number | null, variance?: number | null, varianceValue?: number | null }> } };

export type CancelStocktakeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelStocktakeMutation = { __typename?: 'Mutation', cancelStocktake: { __typename?: 'Stocktake', id: string, number: string, locationId: string, locationCode: string, locationName: string, state: StocktakeState, blind: boolean, startedAt: string, submittedAt?: string | null, approvedAt?: string | null, countedLines: number, totalVarianceValue?: number | null, onSchedule?: boolean | null, lines: Array<{ __typename?: 'StocktakeLine', partId: string, sku: string, name: string, expected?: number | null, counted?: number | null, variance?: number | null, varianceValue?: number | null }> } };

export type PartsImportFieldsFragment = { __typename?: 'PartsImportJob', id: string, fileName: string, status: ImportJobStatus, totalRows: number, processedRows: number, importedRows: number, failedRows: number, createdAt: string, finishedAt?: string | null, errors: Array<{ __typename?: 'ImportRowError', line: number, column?: string | null, reason: string, message: string }> };

export type StartPartsImportMutationVariables = Exact<{
  csv: Scalars['String']['input'];
  fileName?: InputMaybe<Scalars['String']['input']>;
}>;


export type StartPartsImportMutation = { __typename?: 'Mutation', startPartsImport: { __typename?: 'PartsImportJob', id: string, fileName: string, status: ImportJobStatus, totalRows: number, processedRows: number, importedRows: number, failedRows: number, createdAt: string, finishedAt?: string | null, errors: Array<{ __typename?: 'ImportRowError', line: number, column?: string | null, reason: string, message: string }> } };

export type PartsImportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PartsImportQuery = { __typename?: 'Query', partsImport?: { __typename?: 'PartsImportJob', id: string, fileName: string, status: ImportJobStatus, totalRows: number, processedRows: number, importedRows: number, failedRows: number, createdAt: string, finishedAt?: string | null, errors: Array<{ __typename?: 'ImportRowError', line: number, column?: string | null, reason: string, message: string }> } | null };

export type DefectAnalysisQueryVariables = Exact<{
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
  groupBy: DefectGrouping;
  productModel?: InputMaybe<Scalars['String']['input']>;
}>;


export type DefectAnalysisQuery = { __typename?: 'Query', defectAnalysis: { __typename?: 'DefectAnalysis', total: number, rows: Array<{ __typename?: 'DefectGroup', key: string, label: string, count: number, share: number, cumulativeShare: number }> } };

export type WorkOrderDefectsQueryVariables = Exact<{
  workOrderId: Scalars['ID']['input'];
}>;


export type WorkOrderDefectsQuery = { __typename?: 'Query', defects: Array<{ __typename?: 'Defect', id: string, sku: string, partName: string, cause: FailureCause, quantity: number, partSerial?: string | null, note?: string | null, returnedAt: string }> };

export type ReturnDefectivePartMutationVariables = Exact<{
  workOrderId: Scalars['ID']['input'];
  sku: Scalars['String']['input'];
  quantity: Scalars['Int']['input'];
  cause: FailureCause;
  serialNumber?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReturnDefectivePartMutation = { __typename?: 'Mutation', returnDefectivePart: { __typename?: 'Defect', id: string, sku: string, partName: string, cause: FailureCause, quantity: number, partSerial?: string | null, note?: string | null, returnedAt: string } };

export type WarehouseDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type WarehouseDashboardQuery = { __typename?: 'Query', low: { __typename?: 'StockLevelConnection', totalCount: number }, requested: Array<{ __typename?: 'Transfer', id: string }>, inTransit: Array<{ __typename?: 'Transfer', id: string }>, locations: Array<{ __typename?: 'StockLocation', id: string, stocktakeDueAt?: string | null }> };

export type PartReservationsQueryVariables = Exact<{
  workOrderId?: InputMaybe<Scalars['ID']['input']>;
  state?: InputMaybe<ReservationState>;
}>;


export type PartReservationsQuery = { __typename?: 'Query', partReservations: Array<{ __typename?: 'PartReservationLine', id: string, workOrderId: string, requestNumber: string, lineId: string, sku: string, quantity: number, locationCode?: string | null, state: ReservationState, updatedAt: string }> };

export const WarrantyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WarrantyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WarrantyDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"entitlement"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseDate"}},{"kind":"Field","name":{"kind":"Name","value":"productCategory"}},{"kind":"Field","name":{"kind":"Name","value":"daysSincePurchase"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"priorRepairs"}},{"kind":"Field","name":{"kind":"Name","value":"override"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"system"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"entitlement"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<WarrantyFieldsFragment, unknown>;
export const ServiceRequestDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceRequestDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"customerPhone"}},{"kind":"Field","name":{"kind":"Name","value":"productModel"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"problemDescription"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}},{"kind":"Field","name":{"kind":"Name","value":"customerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"regionTier"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseDate"}},{"kind":"Field","name":{"kind":"Name","value":"warranty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WarrantyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WarrantyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WarrantyDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"entitlement"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseDate"}},{"kind":"Field","name":{"kind":"Name","value":"productCategory"}},{"kind":"Field","name":{"kind":"Name","value":"daysSincePurchase"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"priorRepairs"}},{"kind":"Field","name":{"kind":"Name","value":"override"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"system"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"entitlement"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<ServiceRequestDetailFieldsFragment, unknown>;
export const PolicyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommitmentPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dispatch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"arrival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suburb"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inProvince"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outOfProvince"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"emergencyArrival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repair"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complex"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeArrival"}},{"kind":"Field","name":{"kind":"Name","value":"firstTimeFix"}},{"kind":"Field","name":{"kind":"Name","value":"complaintResolution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warranty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productCategory"}},{"kind":"Field","name":{"kind":"Name","value":"returnDays"}},{"kind":"Field","name":{"kind":"Name","value":"exchangeDays"}},{"kind":"Field","name":{"kind":"Name","value":"repairWarrantyMonths"}},{"kind":"Field","name":{"kind":"Name","value":"partsWarrantyMonths"}}]}}]}}]} as unknown as DocumentNode<PolicyFieldsFragment, unknown>;
export const CalendarFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"week"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nationalCalendar"}},{"kind":"Field","name":{"kind":"Name","value":"closures"}},{"kind":"Field","name":{"kind":"Name","value":"extraWorkdays"}}]}}]} as unknown as DocumentNode<CalendarFieldsFragment, unknown>;
export const DispatchSettingsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DispatchSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DispatchSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadUserId"}},{"kind":"Field","name":{"kind":"Name","value":"leadName"}},{"kind":"Field","name":{"kind":"Name","value":"reassignWhenLate"}},{"kind":"Field","name":{"kind":"Name","value":"depotWeek"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callOutFee"}},{"kind":"Field","name":{"kind":"Name","value":"depotFee"}},{"kind":"Field","name":{"kind":"Name","value":"labourPerHour"}},{"kind":"Field","name":{"kind":"Name","value":"labourStepMinutes"}}]}}]}}]} as unknown as DocumentNode<DispatchSettingsFieldsFragment, unknown>;
export const CustomerArchiveFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerArchiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerArchive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"addresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productModel"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseDate"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"seller"}},{"kind":"Field","name":{"kind":"Name","value":"productCategory"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestCount"}},{"kind":"Field","name":{"kind":"Name","value":"openRequestCount"}},{"kind":"Field","name":{"kind":"Name","value":"recentRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"productModel"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CustomerArchiveFieldsFragment, unknown>;
export const ImportJobFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"importedRows"}},{"kind":"Field","name":{"kind":"Name","value":"failedRows"}},{"kind":"Field","name":{"kind":"Name","value":"customersCreated"}},{"kind":"Field","name":{"kind":"Name","value":"customersUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ImportJobFieldsFragment, unknown>;
export const TechnicianFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TechnicianFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Technician"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"home"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dailyCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"load"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leave"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dutyToday"}}]}}]} as unknown as DocumentNode<TechnicianFieldsFragment, unknown>;
export const JobLineFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestNumber"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}},{"kind":"Field","name":{"kind":"Name","value":"technicianId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zhCN"}},{"kind":"Field","name":{"kind":"Name","value":"enUS"}}]}}]}}]}}]} as unknown as DocumentNode<JobLineFieldsFragment, unknown>;
export const WorkOrderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"requestNumber"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"productModel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"skill"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionTier"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitType"}},{"kind":"Field","name":{"kind":"Name","value":"complexity"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"technicianId"}},{"kind":"Field","name":{"kind":"Name","value":"technicianName"}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zhCN"}},{"kind":"Field","name":{"kind":"Name","value":"enUS"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"clocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitment"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]} as unknown as DocumentNode<WorkOrderFieldsFragment, unknown>;
export const AppointmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmedBy"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withinCommitment"}},{"kind":"Field","name":{"kind":"Name","value":"technicianWorks"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"pausedMinutes"}}]}}]}}]} as unknown as DocumentNode<AppointmentFieldsFragment, unknown>;
export const ChargesFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChargesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Charges"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargeable"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}}]}}]} as unknown as DocumentNode<ChargesFieldsFragment, unknown>;
export const WorkOrderDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkOrderDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkOrderFields"}},{"kind":"Field","name":{"kind":"Name","value":"excludedTechnicianIds"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"}},{"kind":"Field","name":{"kind":"Name","value":"customerPhone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"problemDescription"}},{"kind":"Field","name":{"kind":"Name","value":"warrantyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"visits"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitingForPartsSince"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"expectedParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diagnosis"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"labourMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reservation"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChargesFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"depot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"accessories"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"qcNote"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"shippedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"technicianId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"requestNumber"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"productModel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"skill"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionTier"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitType"}},{"kind":"Field","name":{"kind":"Name","value":"complexity"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"technicianId"}},{"kind":"Field","name":{"kind":"Name","value":"technicianName"}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zhCN"}},{"kind":"Field","name":{"kind":"Name","value":"enUS"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"clocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitment"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmedBy"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withinCommitment"}},{"kind":"Field","name":{"kind":"Name","value":"technicianWorks"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"pausedMinutes"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChargesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Charges"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargeable"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}}]}}]} as unknown as DocumentNode<WorkOrderDetailFieldsFragment, unknown>;
export const PublicVisitFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicVisitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicVisit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"technicianName"}},{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmedBy"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChargesFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChargesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Charges"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargeable"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}}]}}]} as unknown as DocumentNode<PublicVisitFieldsFragment, unknown>;
export const StockLocationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StockLocationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockLocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"technicianId"}},{"kind":"Field","name":{"kind":"Name","value":"technicianUserId"}},{"kind":"Field","name":{"kind":"Name","value":"stocktakeEveryDays"}},{"kind":"Field","name":{"kind":"Name","value":"lastStocktakeAt"}},{"kind":"Field","name":{"kind":"Name","value":"stocktakeDueAt"}}]}}]} as unknown as DocumentNode<StockLocationFieldsFragment, unknown>;
export const StockLevelFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StockLevelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockLevel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partId"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"locationCode"}},{"kind":"Field","name":{"kind":"Name","value":"locationName"}},{"kind":"Field","name":{"kind":"Name","value":"locationKind"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"inTransit"}},{"kind":"Field","name":{"kind":"Name","value":"reorderPoint"}},{"kind":"Field","name":{"kind":"Name","value":"reorderQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]} as unknown as DocumentNode<StockLevelFieldsFragment, unknown>;
export const PartFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Part"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"compatibleModels"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"serialised"}},{"kind":"Field","name":{"kind":"Name","value":"warrantyMonths"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"averageCost"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]} as unknown as DocumentNode<PartFieldsFragment, unknown>;
export const TransferFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"fromLocationId"}},{"kind":"Field","name":{"kind":"Name","value":"fromCode"}},{"kind":"Field","name":{"kind":"Name","value":"toLocationId"}},{"kind":"Field","name":{"kind":"Name","value":"toCode"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"shippedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}}]} as unknown as DocumentNode<TransferFieldsFragment, unknown>;
export const StocktakeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StocktakeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Stocktake"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"locationCode"}},{"kind":"Field","name":{"kind":"Name","value":"locationName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"blind"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partId"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"variance"}},{"kind":"Field","name":{"kind":"Name","value":"varianceValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countedLines"}},{"kind":"Field","name":{"kind":"Name","value":"totalVarianceValue"}},{"kind":"Field","name":{"kind":"Name","value":"onSchedule"}}]}}]} as unknown as DocumentNode<StocktakeFieldsFragment, unknown>;
export const PartsImportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartsImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartsImportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"importedRows"}},{"kind":"Field","name":{"kind":"Name","value":"failedRows"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<PartsImportFieldsFragment, unknown>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const ServiceRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequestFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"customerPhone"}},{"kind":"Field","name":{"kind":"Name","value":"productModel"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"problemDescription"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ServiceRequestsQuery, ServiceRequestsQueryVariables>;
export const ServiceRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceRequestDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WarrantyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WarrantyDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"entitlement"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseDate"}},{"kind":"Field","name":{"kind":"Name","value":"productCategory"}},{"kind":"Field","name":{"kind":"Name","value":"daysSincePurchase"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"priorRepairs"}},{"kind":"Field","name":{"kind":"Name","value":"override"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"system"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"entitlement"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceRequestDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"customerPhone"}},{"kind":"Field","name":{"kind":"Name","value":"productModel"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"problemDescription"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}},{"kind":"Field","name":{"kind":"Name","value":"customerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"regionTier"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseDate"}},{"kind":"Field","name":{"kind":"Name","value":"warranty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WarrantyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<ServiceRequestQuery, ServiceRequestQueryVariables>;
export const OverrideWarrantyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OverrideWarranty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WarrantyStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entitlement"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Entitlement"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overrideWarranty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"entitlement"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entitlement"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceRequestDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WarrantyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WarrantyDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"entitlement"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseDate"}},{"kind":"Field","name":{"kind":"Name","value":"productCategory"}},{"kind":"Field","name":{"kind":"Name","value":"daysSincePurchase"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"priorRepairs"}},{"kind":"Field","name":{"kind":"Name","value":"override"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"system"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"entitlement"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceRequestDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"customerPhone"}},{"kind":"Field","name":{"kind":"Name","value":"productModel"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"problemDescription"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}},{"kind":"Field","name":{"kind":"Name","value":"customerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"regionTier"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseDate"}},{"kind":"Field","name":{"kind":"Name","value":"warranty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WarrantyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<OverrideWarrantyMutation, OverrideWarrantyMutationVariables>;
export const WarrantyPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WarrantyPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"productModel"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serialNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purchaseDate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warrantyPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"productModel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"productModel"}}},{"kind":"Argument","name":{"kind":"Name","value":"serialNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serialNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"purchaseDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purchaseDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WarrantyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WarrantyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WarrantyDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"entitlement"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseDate"}},{"kind":"Field","name":{"kind":"Name","value":"productCategory"}},{"kind":"Field","name":{"kind":"Name","value":"daysSincePurchase"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"priorRepairs"}},{"kind":"Field","name":{"kind":"Name","value":"override"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"system"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"entitlement"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<WarrantyPreviewQuery, WarrantyPreviewQueryVariables>;
export const ProductModelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductModels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeInactive"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productModels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeInactive"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"productCategory"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hasWarrantyRule"}}]}}]}}]} as unknown as DocumentNode<ProductModelsQuery, ProductModelsQueryVariables>;
export const SaveProductModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveProductModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductModelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveProductModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"productCategory"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hasWarrantyRule"}}]}}]}}]} as unknown as DocumentNode<SaveProductModelMutation, SaveProductModelMutationVariables>;
export const EmergencyCommitmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmergencyCommitment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emergencyArrival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EmergencyCommitmentQuery, EmergencyCommitmentQueryVariables>;
export const WarrantyCategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WarrantyCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warranty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productCategory"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WarrantyCategoriesQuery, WarrantyCategoriesQueryVariables>;
export const CreateServiceRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateServiceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateServiceRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createServiceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<CreateServiceRequestMutation, CreateServiceRequestMutationVariables>;
export const ServiceRequestCreatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ServiceRequestCreated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequestCreated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}}]}}]}}]} as unknown as DocumentNode<ServiceRequestCreatedSubscription, ServiceRequestCreatedSubscriptionVariables>;
export const DispatchQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DispatchQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispatchQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"requestNumber"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"productModel"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"queuedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DispatchQueueQuery, DispatchQueueQueryVariables>;
export const QueueEntryAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"QueueEntryAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueEntryAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"requestNumber"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"productModel"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"queuedAt"}}]}}]}}]} as unknown as DocumentNode<QueueEntryAddedSubscription, QueueEntryAddedSubscriptionVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withQueue"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withRequests"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"open"},"name":{"kind":"Name","value":"serviceRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"NEW"}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withRequests"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"repair"},"name":{"kind":"Name","value":"serviceRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"category"},"value":{"kind":"EnumValue","value":"REPAIR"}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withRequests"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"installation"},"name":{"kind":"Name","value":"serviceRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"category"},"value":{"kind":"EnumValue","value":"INSTALLATION"}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withRequests"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"maintenance"},"name":{"kind":"Name","value":"serviceRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"category"},"value":{"kind":"EnumValue","value":"MAINTENANCE"}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withRequests"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"consultation"},"name":{"kind":"Name","value":"serviceRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"category"},"value":{"kind":"EnumValue","value":"CONSULTATION"}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withRequests"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"returns"},"name":{"kind":"Name","value":"serviceRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"category"},"value":{"kind":"EnumValue","value":"RETURN"}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withRequests"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"exchange"},"name":{"kind":"Name","value":"serviceRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"category"},"value":{"kind":"EnumValue","value":"EXCHANGE"}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withRequests"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"refund"},"name":{"kind":"Name","value":"serviceRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"category"},"value":{"kind":"EnumValue","value":"REFUND"}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withRequests"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"queue"},"name":{"kind":"Name","value":"dispatchQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withQueue"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const TenantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tenants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"keycloakOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionReason"}}]}}]}}]} as unknown as DocumentNode<TenantsQuery, TenantsQueryVariables>;
export const CreateTenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTenantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateTenantMutation, CreateTenantMutationVariables>;
export const SuspendTenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuspendTenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendTenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionReason"}}]}}]}}]} as unknown as DocumentNode<SuspendTenantMutation, SuspendTenantMutationVariables>;
export const CommitmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"calendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CalendarFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"homeCity"}},{"kind":"Field","name":{"kind":"Name","value":"remoteProvinces"}},{"kind":"Field","name":{"kind":"Name","value":"overrides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommitmentPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dispatch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"arrival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suburb"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inProvince"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outOfProvince"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"emergencyArrival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repair"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complex"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeArrival"}},{"kind":"Field","name":{"kind":"Name","value":"firstTimeFix"}},{"kind":"Field","name":{"kind":"Name","value":"complaintResolution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warranty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productCategory"}},{"kind":"Field","name":{"kind":"Name","value":"returnDays"}},{"kind":"Field","name":{"kind":"Name","value":"exchangeDays"}},{"kind":"Field","name":{"kind":"Name","value":"repairWarrantyMonths"}},{"kind":"Field","name":{"kind":"Name","value":"partsWarrantyMonths"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"week"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nationalCalendar"}},{"kind":"Field","name":{"kind":"Name","value":"closures"}},{"kind":"Field","name":{"kind":"Name","value":"extraWorkdays"}}]}}]} as unknown as DocumentNode<CommitmentsQuery, CommitmentsQueryVariables>;
export const UpdateCommitmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCommitments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommitmentPolicyInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"calendar"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarSettingsInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regions"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RegionSettingsInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCommitments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policy"}}},{"kind":"Argument","name":{"kind":"Name","value":"calendar"},"value":{"kind":"Variable","name":{"kind":"Name","value":"calendar"}}},{"kind":"Argument","name":{"kind":"Name","value":"regions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regions"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<UpdateCommitmentsMutation, UpdateCommitmentsMutationVariables>;
export const PreviewCommitmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewCommitments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"calendar"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarSettingsInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"durations"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NamedDurationInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewCommitments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"calendar"},"value":{"kind":"Variable","name":{"kind":"Name","value":"calendar"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"durations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"durations"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]} as unknown as DocumentNode<PreviewCommitmentsQuery, PreviewCommitmentsQueryVariables>;
export const NationalCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NationalCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"years"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"years"},"value":{"kind":"Variable","name":{"kind":"Name","value":"years"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workdays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NationalCalendarQuery, NationalCalendarQueryVariables>;
export const PublicCommitmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicCommitments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicCommitments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hotline"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"calendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CalendarFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommitmentPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dispatch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"arrival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suburb"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inProvince"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outOfProvince"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"emergencyArrival"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repair"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complex"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeArrival"}},{"kind":"Field","name":{"kind":"Name","value":"firstTimeFix"}},{"kind":"Field","name":{"kind":"Name","value":"complaintResolution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warranty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productCategory"}},{"kind":"Field","name":{"kind":"Name","value":"returnDays"}},{"kind":"Field","name":{"kind":"Name","value":"exchangeDays"}},{"kind":"Field","name":{"kind":"Name","value":"repairWarrantyMonths"}},{"kind":"Field","name":{"kind":"Name","value":"partsWarrantyMonths"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"week"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nationalCalendar"}},{"kind":"Field","name":{"kind":"Name","value":"closures"}},{"kind":"Field","name":{"kind":"Name","value":"extraWorkdays"}}]}}]} as unknown as DocumentNode<PublicCommitmentsQuery, PublicCommitmentsQueryVariables>;
export const TenantSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLocale"}},{"kind":"Field","name":{"kind":"Name","value":"hotline"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}}]}}]}}]} as unknown as DocumentNode<TenantSettingsQuery, TenantSettingsQueryVariables>;
export const UpdateTenantSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTenantSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TenantSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTenantSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLocale"}},{"kind":"Field","name":{"kind":"Name","value":"hotline"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}}]}}]}}]} as unknown as DocumentNode<UpdateTenantSettingsMutation, UpdateTenantSettingsMutationVariables>;
export const ReactivateTenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateTenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateTenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionReason"}}]}}]}}]} as unknown as DocumentNode<ReactivateTenantMutation, ReactivateTenantMutationVariables>;
export const TenantAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]}}]} as unknown as DocumentNode<TenantAuditQuery, TenantAuditQueryVariables>;
export const TenantUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<TenantUsersQuery, TenantUsersQueryVariables>;
export const SetUserRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roles"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"roles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roles"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<SetUserRolesMutation, SetUserRolesMutationVariables>;
export const DispatchSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DispatchSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispatchSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DispatchSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DispatchSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DispatchSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadUserId"}},{"kind":"Field","name":{"kind":"Name","value":"leadName"}},{"kind":"Field","name":{"kind":"Name","value":"reassignWhenLate"}},{"kind":"Field","name":{"kind":"Name","value":"depotWeek"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callOutFee"}},{"kind":"Field","name":{"kind":"Name","value":"depotFee"}},{"kind":"Field","name":{"kind":"Name","value":"labourPerHour"}},{"kind":"Field","name":{"kind":"Name","value":"labourStepMinutes"}}]}}]}}]} as unknown as DocumentNode<DispatchSettingsQuery, DispatchSettingsQueryVariables>;
export const SaveDispatchSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveDispatchSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DispatchSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveDispatchSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DispatchSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DispatchSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DispatchSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadUserId"}},{"kind":"Field","name":{"kind":"Name","value":"leadName"}},{"kind":"Field","name":{"kind":"Name","value":"reassignWhenLate"}},{"kind":"Field","name":{"kind":"Name","value":"depotWeek"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callOutFee"}},{"kind":"Field","name":{"kind":"Name","value":"depotFee"}},{"kind":"Field","name":{"kind":"Name","value":"labourPerHour"}},{"kind":"Field","name":{"kind":"Name","value":"labourStepMinutes"}}]}}]}}]} as unknown as DocumentNode<SaveDispatchSettingsMutation, SaveDispatchSettingsMutationVariables>;
export const EscalationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Escalations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"open"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"open"},"value":{"kind":"Variable","name":{"kind":"Name","value":"open"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"requestNumber"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"commitment"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"leadUserId"}},{"kind":"Field","name":{"kind":"Name","value":"leadName"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<EscalationsQuery, EscalationsQueryVariables>;
export const AcknowledgeEscalationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeEscalation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeEscalation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeEscalationMutation, AcknowledgeEscalationMutationVariables>;
export const DispatchKpisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DispatchKpis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"technicianId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispatchKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"technicianId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"technicianId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeArrivalRate"}},{"kind":"Field","name":{"kind":"Name","value":"firstTimeFixRate"}},{"kind":"Field","name":{"kind":"Name","value":"meanTimeToRepairHours"}},{"kind":"Field","name":{"kind":"Name","value":"repeatVisits"}},{"kind":"Field","name":{"kind":"Name","value":"slaCompliance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byTechnician"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technicianId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeArrivalRate"}},{"kind":"Field","name":{"kind":"Name","value":"firstTimeFixRate"}},{"kind":"Field","name":{"kind":"Name","value":"meanTimeToRepairHours"}},{"kind":"Field","name":{"kind":"Name","value":"repeatVisits"}},{"kind":"Field","name":{"kind":"Name","value":"slaCompliance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"daily"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeArrivalRate"}},{"kind":"Field","name":{"kind":"Name","value":"firstTimeFixRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onTimeArrival"}},{"kind":"Field","name":{"kind":"Name","value":"firstTimeFix"}}]}}]}}]}}]} as unknown as DocumentNode<DispatchKpisQuery, DispatchKpisQueryVariables>;
export const TenantTimeZoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantTimeZone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<TenantTimeZoneQuery, TenantTimeZoneQueryVariables>;
export const TransitionServiceRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionServiceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestAction"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionServiceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}}]}}]}}]} as unknown as DocumentNode<TransitionServiceRequestMutation, TransitionServiceRequestMutationVariables>;
export const SubmitServiceRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitServiceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublicServiceRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitServiceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"trackingToken"}},{"kind":"Field","name":{"kind":"Name","value":"trackingPath"}}]}}]}}]} as unknown as DocumentNode<SubmitServiceRequestMutation, SubmitServiceRequestMutationVariables>;
export const TrackServiceRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrackServiceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackServiceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"productModel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<TrackServiceRequestQuery, TrackServiceRequestQueryVariables>;
export const SaveCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerArchiveFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerArchiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerArchive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"addresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productModel"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseDate"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"seller"}},{"kind":"Field","name":{"kind":"Name","value":"productCategory"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestCount"}},{"kind":"Field","name":{"kind":"Name","value":"openRequestCount"}},{"kind":"Field","name":{"kind":"Name","value":"recentRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"productModel"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<SaveCustomerMutation, SaveCustomerMutationVariables>;
export const CustomerByPhoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerByPhone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phone"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerByPhone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"phone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phone"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerArchiveFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerArchiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerArchive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"addresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productModel"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseDate"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"seller"}},{"kind":"Field","name":{"kind":"Name","value":"productCategory"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestCount"}},{"kind":"Field","name":{"kind":"Name","value":"openRequestCount"}},{"kind":"Field","name":{"kind":"Name","value":"recentRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"productModel"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CustomerByPhoneQuery, CustomerByPhoneQueryVariables>;
export const CustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Customer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerArchiveFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerArchiveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerArchive"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"addresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productModel"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseDate"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"seller"}},{"kind":"Field","name":{"kind":"Name","value":"productCategory"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestCount"}},{"kind":"Field","name":{"kind":"Name","value":"openRequestCount"}},{"kind":"Field","name":{"kind":"Name","value":"recentRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"productModel"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CustomerQuery, CustomerQueryVariables>;
export const PossibleDuplicatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PossibleDuplicates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerPhone"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serialNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerPhone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerPhone"}}},{"kind":"Argument","name":{"kind":"Name","value":"serialNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serialNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"productModel"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<PossibleDuplicatesQuery, PossibleDuplicatesQueryVariables>;
export const IncomingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Incoming"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"EnumValue","value":"DUE_SOONEST"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"productModel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDueAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IncomingQuery, IncomingQueryVariables>;
export const StartCustomerImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartCustomerImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fileName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startCustomerImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}},{"kind":"Argument","name":{"kind":"Name","value":"fileName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fileName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportJobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"importedRows"}},{"kind":"Field","name":{"kind":"Name","value":"failedRows"}},{"kind":"Field","name":{"kind":"Name","value":"customersCreated"}},{"kind":"Field","name":{"kind":"Name","value":"customersUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<StartCustomerImportMutation, StartCustomerImportMutationVariables>;
export const CustomerImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportJobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"importedRows"}},{"kind":"Field","name":{"kind":"Name","value":"failedRows"}},{"kind":"Field","name":{"kind":"Name","value":"customersCreated"}},{"kind":"Field","name":{"kind":"Name","value":"customersUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CustomerImportQuery, CustomerImportQueryVariables>;
export const RequestMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RequestMessagesQuery, RequestMessagesQueryVariables>;
export const CustomerHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"requestNumber"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerHistoryQuery, CustomerHistoryQueryVariables>;
export const DispatchBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DispatchBoard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"unassigned"},"name":{"kind":"Name","value":"workOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"UNASSIGNED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkOrderFields"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"failed"},"name":{"kind":"Name","value":"workOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"FAILED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkOrderFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"technicians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TechnicianFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"requestNumber"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"productModel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"skill"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionTier"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitType"}},{"kind":"Field","name":{"kind":"Name","value":"complexity"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"technicianId"}},{"kind":"Field","name":{"kind":"Name","value":"technicianName"}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zhCN"}},{"kind":"Field","name":{"kind":"Name","value":"enUS"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"clocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitment"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TechnicianFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Technician"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"home"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dailyCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"load"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leave"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dutyToday"}}]}}]} as unknown as DocumentNode<DispatchBoardQuery, DispatchBoardQueryVariables>;
export const TechnicianJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TechnicianJobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"assigned"},"name":{"kind":"Name","value":"workOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"40"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ASSIGNED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobLineFields"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"accepted"},"name":{"kind":"Name","value":"workOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"40"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACCEPTED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobLineFields"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"enRoute"},"name":{"kind":"Name","value":"workOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"40"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"EN_ROUTE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobLineFields"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"onSite"},"name":{"kind":"Name","value":"workOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"40"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ON_SITE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobLineFields"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"completed"},"name":{"kind":"Name","value":"workOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"40"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"COMPLETED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"technicianId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestNumber"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}},{"kind":"Field","name":{"kind":"Name","value":"technicianId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zhCN"}},{"kind":"Field","name":{"kind":"Name","value":"enUS"}}]}}]}}]}}]} as unknown as DocumentNode<TechnicianJobsQuery, TechnicianJobsQueryVariables>;
export const TechniciansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Technicians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technicians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TechnicianFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TechnicianFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Technician"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"home"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dailyCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"load"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leave"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dutyToday"}}]}}]} as unknown as DocumentNode<TechniciansQuery, TechniciansQueryVariables>;
export const SaveTechnicianDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveTechnician"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TechnicianInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveTechnician"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TechnicianFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TechnicianFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Technician"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"home"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dailyCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"load"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leave"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dutyToday"}}]}}]} as unknown as DocumentNode<SaveTechnicianMutation, SaveTechnicianMutationVariables>;
export const AssessWorkOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssessWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkOrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"requestNumber"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"productModel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"skill"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionTier"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitType"}},{"kind":"Field","name":{"kind":"Name","value":"complexity"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"technicianId"}},{"kind":"Field","name":{"kind":"Name","value":"technicianName"}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zhCN"}},{"kind":"Field","name":{"kind":"Name","value":"enUS"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"clocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitment"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]} as unknown as DocumentNode<AssessWorkOrderMutation, AssessWorkOrderMutationVariables>;
export const SuggestTechniciansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuggestTechnicians"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workOrderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestTechnicians"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workOrderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workOrderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technician"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TechnicianFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"reason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zhCN"}},{"kind":"Field","name":{"kind":"Name","value":"enUS"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"excluded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skill"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"unavailable"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TechnicianFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Technician"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"home"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dailyCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"load"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leave"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dutyToday"}}]}}]} as unknown as DocumentNode<SuggestTechniciansQuery, SuggestTechniciansQueryVariables>;
export const AssignWorkOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workOrderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"technicianId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workOrderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workOrderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"technicianId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"technicianId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkOrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"requestNumber"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"productModel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"skill"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionTier"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitType"}},{"kind":"Field","name":{"kind":"Name","value":"complexity"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"technicianId"}},{"kind":"Field","name":{"kind":"Name","value":"technicianName"}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zhCN"}},{"kind":"Field","name":{"kind":"Name","value":"enUS"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"clocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitment"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]} as unknown as DocumentNode<AssignWorkOrderMutation, AssignWorkOrderMutationVariables>;
export const AutoDispatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AutoDispatch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"autoDispatch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"unassigned"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"requestNumber"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skill"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"unavailable"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AutoDispatchMutation, AutoDispatchMutationVariables>;
export const WorkOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withSignature"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkOrderDetailFields"}},{"kind":"Field","name":{"kind":"Name","value":"signatureImage"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withSignature"}}}]}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"requestNumber"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"productModel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"skill"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionTier"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitType"}},{"kind":"Field","name":{"kind":"Name","value":"complexity"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"technicianId"}},{"kind":"Field","name":{"kind":"Name","value":"technicianName"}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zhCN"}},{"kind":"Field","name":{"kind":"Name","value":"enUS"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"clocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitment"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmedBy"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withinCommitment"}},{"kind":"Field","name":{"kind":"Name","value":"technicianWorks"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"pausedMinutes"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChargesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Charges"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargeable"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkOrderDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkOrderFields"}},{"kind":"Field","name":{"kind":"Name","value":"excludedTechnicianIds"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"}},{"kind":"Field","name":{"kind":"Name","value":"customerPhone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"problemDescription"}},{"kind":"Field","name":{"kind":"Name","value":"warrantyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"visits"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitingForPartsSince"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"expectedParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diagnosis"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"labourMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reservation"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChargesFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"depot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"accessories"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"qcNote"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"shippedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"technicianId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<WorkOrderQuery, WorkOrderQueryVariables>;
export const MyJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyJobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkOrderFields"}},{"kind":"Field","name":{"kind":"Name","value":"customerPhone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"problemDescription"}},{"kind":"Field","name":{"kind":"Name","value":"warrantyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"requestNumber"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"productModel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"skill"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionTier"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitType"}},{"kind":"Field","name":{"kind":"Name","value":"complexity"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"technicianId"}},{"kind":"Field","name":{"kind":"Name","value":"technicianName"}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zhCN"}},{"kind":"Field","name":{"kind":"Name","value":"enUS"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"clocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitment"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]} as unknown as DocumentNode<MyJobsQuery, MyJobsQueryVariables>;
export const WorkOrderActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkOrderAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workOrderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FieldAction"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"location"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GeoPointInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"details"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FieldActionDetails"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrderAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workOrderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workOrderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"location"},"value":{"kind":"Variable","name":{"kind":"Name","value":"location"}}},{"kind":"Argument","name":{"kind":"Name","value":"details"},"value":{"kind":"Variable","name":{"kind":"Name","value":"details"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkOrderDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"requestNumber"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"productModel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"skill"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionTier"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitType"}},{"kind":"Field","name":{"kind":"Name","value":"complexity"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"technicianId"}},{"kind":"Field","name":{"kind":"Name","value":"technicianName"}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zhCN"}},{"kind":"Field","name":{"kind":"Name","value":"enUS"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"clocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitment"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmedBy"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withinCommitment"}},{"kind":"Field","name":{"kind":"Name","value":"technicianWorks"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"pausedMinutes"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChargesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Charges"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargeable"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkOrderDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkOrderFields"}},{"kind":"Field","name":{"kind":"Name","value":"excludedTechnicianIds"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"}},{"kind":"Field","name":{"kind":"Name","value":"customerPhone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"problemDescription"}},{"kind":"Field","name":{"kind":"Name","value":"warrantyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"visits"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitingForPartsSince"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"expectedParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diagnosis"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"labourMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reservation"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChargesFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"depot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"accessories"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"qcNote"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"shippedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"technicianId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<WorkOrderActionMutation, WorkOrderActionMutationVariables>;
export const AppointmentOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppointmentOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workOrderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointmentOptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workOrderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workOrderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"withinCommitment"}}]}}]}}]} as unknown as DocumentNode<AppointmentOptionsQuery, AppointmentOptionsQueryVariables>;
export const SetAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workOrderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slots"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SlotInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workOrderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workOrderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}},{"kind":"Argument","name":{"kind":"Name","value":"slots"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slots"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkOrderDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"requestNumber"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"productModel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"skill"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionTier"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitType"}},{"kind":"Field","name":{"kind":"Name","value":"complexity"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"technicianId"}},{"kind":"Field","name":{"kind":"Name","value":"technicianName"}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zhCN"}},{"kind":"Field","name":{"kind":"Name","value":"enUS"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"clocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitment"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmedBy"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withinCommitment"}},{"kind":"Field","name":{"kind":"Name","value":"technicianWorks"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"pausedMinutes"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChargesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Charges"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargeable"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkOrderDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkOrderFields"}},{"kind":"Field","name":{"kind":"Name","value":"excludedTechnicianIds"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"}},{"kind":"Field","name":{"kind":"Name","value":"customerPhone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"problemDescription"}},{"kind":"Field","name":{"kind":"Name","value":"warrantyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"visits"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitingForPartsSince"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"expectedParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diagnosis"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"labourMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reservation"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChargesFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"depot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"accessories"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"qcNote"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"shippedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"technicianId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<SetAppointmentMutation, SetAppointmentMutationVariables>;
export const RescheduleAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RescheduleAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workOrderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slot"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SlotInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cause"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DelayCause"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescheduleAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workOrderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workOrderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"slot"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slot"}}},{"kind":"Argument","name":{"kind":"Name","value":"cause"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cause"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkOrderDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"requestNumber"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"productModel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"skill"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionTier"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitType"}},{"kind":"Field","name":{"kind":"Name","value":"complexity"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"technicianId"}},{"kind":"Field","name":{"kind":"Name","value":"technicianName"}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zhCN"}},{"kind":"Field","name":{"kind":"Name","value":"enUS"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"clocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitment"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmedBy"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withinCommitment"}},{"kind":"Field","name":{"kind":"Name","value":"technicianWorks"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"pausedMinutes"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChargesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Charges"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargeable"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkOrderDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkOrderFields"}},{"kind":"Field","name":{"kind":"Name","value":"excludedTechnicianIds"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"}},{"kind":"Field","name":{"kind":"Name","value":"customerPhone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"problemDescription"}},{"kind":"Field","name":{"kind":"Name","value":"warrantyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"visits"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitingForPartsSince"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"expectedParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diagnosis"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"labourMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reservation"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChargesFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"depot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"accessories"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"qcNote"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"shippedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"technicianId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<RescheduleAppointmentMutation, RescheduleAppointmentMutationVariables>;
export const SaveServiceReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveServiceReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workOrderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"diagnosis"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actions"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"labourMinutes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveServiceReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workOrderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workOrderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"diagnosis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"diagnosis"}}},{"kind":"Argument","name":{"kind":"Name","value":"actions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actions"}}},{"kind":"Argument","name":{"kind":"Name","value":"labourMinutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"labourMinutes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkOrderDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"requestNumber"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"productModel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"skill"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionTier"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitType"}},{"kind":"Field","name":{"kind":"Name","value":"complexity"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"technicianId"}},{"kind":"Field","name":{"kind":"Name","value":"technicianName"}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zhCN"}},{"kind":"Field","name":{"kind":"Name","value":"enUS"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"clocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitment"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmedBy"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withinCommitment"}},{"kind":"Field","name":{"kind":"Name","value":"technicianWorks"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"pausedMinutes"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChargesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Charges"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargeable"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkOrderDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkOrderFields"}},{"kind":"Field","name":{"kind":"Name","value":"excludedTechnicianIds"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"}},{"kind":"Field","name":{"kind":"Name","value":"customerPhone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"problemDescription"}},{"kind":"Field","name":{"kind":"Name","value":"warrantyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"visits"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitingForPartsSince"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"expectedParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diagnosis"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"labourMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reservation"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChargesFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"depot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"accessories"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"qcNote"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"shippedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"technicianId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<SaveServiceReportMutation, SaveServiceReportMutationVariables>;
export const AddPartLineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPartLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workOrderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sku"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitPrice"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartSource"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPartLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workOrderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workOrderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"sku"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sku"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"quantity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitPrice"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitPrice"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkOrderDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"requestNumber"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"productModel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"skill"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionTier"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitType"}},{"kind":"Field","name":{"kind":"Name","value":"complexity"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"technicianId"}},{"kind":"Field","name":{"kind":"Name","value":"technicianName"}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zhCN"}},{"kind":"Field","name":{"kind":"Name","value":"enUS"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"clocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitment"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmedBy"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withinCommitment"}},{"kind":"Field","name":{"kind":"Name","value":"technicianWorks"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"pausedMinutes"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChargesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Charges"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargeable"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkOrderDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkOrderFields"}},{"kind":"Field","name":{"kind":"Name","value":"excludedTechnicianIds"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"}},{"kind":"Field","name":{"kind":"Name","value":"customerPhone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"problemDescription"}},{"kind":"Field","name":{"kind":"Name","value":"warrantyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"visits"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitingForPartsSince"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"expectedParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diagnosis"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"labourMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reservation"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChargesFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"depot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"accessories"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"qcNote"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"shippedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"technicianId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<AddPartLineMutation, AddPartLineMutationVariables>;
export const RemovePartLineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemovePartLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workOrderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lineId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removePartLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workOrderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workOrderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"lineId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lineId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkOrderDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"requestNumber"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"productModel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"skill"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionTier"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitType"}},{"kind":"Field","name":{"kind":"Name","value":"complexity"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"technicianId"}},{"kind":"Field","name":{"kind":"Name","value":"technicianName"}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zhCN"}},{"kind":"Field","name":{"kind":"Name","value":"enUS"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"clocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitment"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmedBy"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withinCommitment"}},{"kind":"Field","name":{"kind":"Name","value":"technicianWorks"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"pausedMinutes"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChargesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Charges"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargeable"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkOrderDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkOrderFields"}},{"kind":"Field","name":{"kind":"Name","value":"excludedTechnicianIds"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"}},{"kind":"Field","name":{"kind":"Name","value":"customerPhone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"problemDescription"}},{"kind":"Field","name":{"kind":"Name","value":"warrantyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"visits"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitingForPartsSince"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"expectedParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diagnosis"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"labourMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reservation"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChargesFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"depot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"accessories"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"qcNote"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"shippedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"technicianId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<RemovePartLineMutation, RemovePartLineMutationVariables>;
export const AcceptChargesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptCharges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workOrderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"total"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptCharges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workOrderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workOrderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"total"},"value":{"kind":"Variable","name":{"kind":"Name","value":"total"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkOrderDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"requestNumber"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"productModel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"skill"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionTier"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitType"}},{"kind":"Field","name":{"kind":"Name","value":"complexity"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"technicianId"}},{"kind":"Field","name":{"kind":"Name","value":"technicianName"}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zhCN"}},{"kind":"Field","name":{"kind":"Name","value":"enUS"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"clocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitment"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmedBy"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withinCommitment"}},{"kind":"Field","name":{"kind":"Name","value":"technicianWorks"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"pausedMinutes"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChargesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Charges"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargeable"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkOrderDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkOrderFields"}},{"kind":"Field","name":{"kind":"Name","value":"excludedTechnicianIds"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"}},{"kind":"Field","name":{"kind":"Name","value":"customerPhone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"problemDescription"}},{"kind":"Field","name":{"kind":"Name","value":"warrantyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"visits"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitingForPartsSince"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"expectedParts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diagnosis"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"labourMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reservation"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChargesFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"depot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"accessories"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"qcNote"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"shippedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"technicianId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<AcceptChargesMutation, AcceptChargesMutationVariables>;
export const PriceListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PriceList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispatchSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priceList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labourStepMinutes"}}]}}]}}]}}]} as unknown as DocumentNode<PriceListQuery, PriceListQueryVariables>;
export const CatalogPartsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogParts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"compatibleModels"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CatalogPartsQuery, CatalogPartsQueryVariables>;
export const TrackVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrackVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicVisitFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChargesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Charges"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargeable"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicVisitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicVisit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"technicianName"}},{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmedBy"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChargesFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}}]}}]}}]} as unknown as DocumentNode<TrackVisitQuery, TrackVisitQueryVariables>;
export const CustomerVisitActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerVisitAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"step"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerVisitStep"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"start"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"total"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerVisitAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"step"},"value":{"kind":"Variable","name":{"kind":"Name","value":"step"}}},{"kind":"Argument","name":{"kind":"Name","value":"start"},"value":{"kind":"Variable","name":{"kind":"Name","value":"start"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}},{"kind":"Argument","name":{"kind":"Name","value":"total"},"value":{"kind":"Variable","name":{"kind":"Name","value":"total"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicVisitFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChargesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Charges"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargeable"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicVisitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicVisit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"technicianName"}},{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmedBy"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChargesFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}}]}}]}}]} as unknown as DocumentNode<CustomerVisitActionMutation, CustomerVisitActionMutationVariables>;
export const StockLowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"StockLow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockLow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partId"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"locationCode"}},{"kind":"Field","name":{"kind":"Name","value":"locationName"}},{"kind":"Field","name":{"kind":"Name","value":"locationKind"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"reorderPoint"}},{"kind":"Field","name":{"kind":"Name","value":"reorderQuantity"}}]}}]}}]} as unknown as DocumentNode<StockLowSubscription, StockLowSubscriptionVariables>;
export const WorkOrderEscalatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WorkOrderEscalated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workOrderEscalated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"requestNumber"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"commitment"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"leadName"}}]}}]}}]} as unknown as DocumentNode<WorkOrderEscalatedSubscription, WorkOrderEscalatedSubscriptionVariables>;
export const StockLocationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StockLocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockLocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StockLocationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StockLocationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockLocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"technicianId"}},{"kind":"Field","name":{"kind":"Name","value":"technicianUserId"}},{"kind":"Field","name":{"kind":"Name","value":"stocktakeEveryDays"}},{"kind":"Field","name":{"kind":"Name","value":"lastStocktakeAt"}},{"kind":"Field","name":{"kind":"Name","value":"stocktakeDueAt"}}]}}]} as unknown as DocumentNode<StockLocationsQuery, StockLocationsQueryVariables>;
export const SaveStockLocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveStockLocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveStockLocation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StockLocationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StockLocationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockLocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"technicianId"}},{"kind":"Field","name":{"kind":"Name","value":"technicianUserId"}},{"kind":"Field","name":{"kind":"Name","value":"stocktakeEveryDays"}},{"kind":"Field","name":{"kind":"Name","value":"lastStocktakeAt"}},{"kind":"Field","name":{"kind":"Name","value":"stocktakeDueAt"}}]}}]} as unknown as DocumentNode<SaveStockLocationMutation, SaveStockLocationMutationVariables>;
export const StockLevelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StockLevels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lowOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockLevels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"locationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"lowOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lowOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StockLevelFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StockLevelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockLevel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partId"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"locationCode"}},{"kind":"Field","name":{"kind":"Name","value":"locationName"}},{"kind":"Field","name":{"kind":"Name","value":"locationKind"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"inTransit"}},{"kind":"Field","name":{"kind":"Name","value":"reorderPoint"}},{"kind":"Field","name":{"kind":"Name","value":"reorderQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]} as unknown as DocumentNode<StockLevelsQuery, StockLevelsQueryVariables>;
export const PartsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Parts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeInactive"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeInactive"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Part"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"compatibleModels"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"serialised"}},{"kind":"Field","name":{"kind":"Name","value":"warrantyMonths"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"averageCost"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]} as unknown as DocumentNode<PartsQuery, PartsQueryVariables>;
export const PartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Part"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"part"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartFields"}},{"kind":"Field","name":{"kind":"Name","value":"stock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StockLevelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"movements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"locationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"reservedChange"}},{"kind":"Field","name":{"kind":"Name","value":"unitCost"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"locationCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Part"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"compatibleModels"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"serialised"}},{"kind":"Field","name":{"kind":"Name","value":"warrantyMonths"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"averageCost"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StockLevelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockLevel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partId"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"locationCode"}},{"kind":"Field","name":{"kind":"Name","value":"locationName"}},{"kind":"Field","name":{"kind":"Name","value":"locationKind"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"inTransit"}},{"kind":"Field","name":{"kind":"Name","value":"reorderPoint"}},{"kind":"Field","name":{"kind":"Name","value":"reorderQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]} as unknown as DocumentNode<PartQuery, PartQueryVariables>;
export const SavePartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SavePart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PartInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savePart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Part"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"compatibleModels"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"serialised"}},{"kind":"Field","name":{"kind":"Name","value":"warrantyMonths"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"averageCost"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]} as unknown as DocumentNode<SavePartMutation, SavePartMutationVariables>;
export const ReceiveStockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceiveStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sku"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCost"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveStock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"sku"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sku"}}},{"kind":"Argument","name":{"kind":"Name","value":"quantity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitCost"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCost"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StockLevelFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StockLevelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockLevel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partId"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"locationCode"}},{"kind":"Field","name":{"kind":"Name","value":"locationName"}},{"kind":"Field","name":{"kind":"Name","value":"locationKind"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"inTransit"}},{"kind":"Field","name":{"kind":"Name","value":"reorderPoint"}},{"kind":"Field","name":{"kind":"Name","value":"reorderQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]} as unknown as DocumentNode<ReceiveStockMutation, ReceiveStockMutationVariables>;
export const AdjustStockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdjustStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sku"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustStock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"sku"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sku"}}},{"kind":"Argument","name":{"kind":"Name","value":"quantity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StockLevelFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StockLevelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockLevel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partId"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"locationCode"}},{"kind":"Field","name":{"kind":"Name","value":"locationName"}},{"kind":"Field","name":{"kind":"Name","value":"locationKind"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"inTransit"}},{"kind":"Field","name":{"kind":"Name","value":"reorderPoint"}},{"kind":"Field","name":{"kind":"Name","value":"reorderQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]} as unknown as DocumentNode<AdjustStockMutation, AdjustStockMutationVariables>;
export const SetReorderLevelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetReorderLevel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sku"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reorderPoint"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reorderQuantity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setReorderLevel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"sku"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sku"}}},{"kind":"Argument","name":{"kind":"Name","value":"reorderPoint"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reorderPoint"}}},{"kind":"Argument","name":{"kind":"Name","value":"reorderQuantity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reorderQuantity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StockLevelFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StockLevelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockLevel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partId"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"locationCode"}},{"kind":"Field","name":{"kind":"Name","value":"locationName"}},{"kind":"Field","name":{"kind":"Name","value":"locationKind"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"inTransit"}},{"kind":"Field","name":{"kind":"Name","value":"reorderPoint"}},{"kind":"Field","name":{"kind":"Name","value":"reorderQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]} as unknown as DocumentNode<SetReorderLevelMutation, SetReorderLevelMutationVariables>;
export const TransfersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Transfers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferState"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transfers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"locationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransferFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"fromLocationId"}},{"kind":"Field","name":{"kind":"Name","value":"fromCode"}},{"kind":"Field","name":{"kind":"Name","value":"toLocationId"}},{"kind":"Field","name":{"kind":"Name","value":"toCode"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"shippedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}}]} as unknown as DocumentNode<TransfersQuery, TransfersQueryVariables>;
export const RequestTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromLocationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toLocationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lines"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferLineInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromLocationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromLocationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"toLocationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toLocationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"lines"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lines"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransferFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"fromLocationId"}},{"kind":"Field","name":{"kind":"Name","value":"fromCode"}},{"kind":"Field","name":{"kind":"Name","value":"toLocationId"}},{"kind":"Field","name":{"kind":"Name","value":"toCode"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"shippedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}}]} as unknown as DocumentNode<RequestTransferMutation, RequestTransferMutationVariables>;
export const ShipTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShipTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransferFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"fromLocationId"}},{"kind":"Field","name":{"kind":"Name","value":"fromCode"}},{"kind":"Field","name":{"kind":"Name","value":"toLocationId"}},{"kind":"Field","name":{"kind":"Name","value":"toCode"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"shippedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}}]} as unknown as DocumentNode<ShipTransferMutation, ShipTransferMutationVariables>;
export const ReceiveTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceiveTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransferFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"fromLocationId"}},{"kind":"Field","name":{"kind":"Name","value":"fromCode"}},{"kind":"Field","name":{"kind":"Name","value":"toLocationId"}},{"kind":"Field","name":{"kind":"Name","value":"toCode"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"shippedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}}]} as unknown as DocumentNode<ReceiveTransferMutation, ReceiveTransferMutationVariables>;
export const CancelTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransferFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"fromLocationId"}},{"kind":"Field","name":{"kind":"Name","value":"fromCode"}},{"kind":"Field","name":{"kind":"Name","value":"toLocationId"}},{"kind":"Field","name":{"kind":"Name","value":"toCode"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"shippedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}}]} as unknown as DocumentNode<CancelTransferMutation, CancelTransferMutationVariables>;
export const StocktakesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Stocktakes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stocktakes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StocktakeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StocktakeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Stocktake"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"locationCode"}},{"kind":"Field","name":{"kind":"Name","value":"locationName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"blind"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partId"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"variance"}},{"kind":"Field","name":{"kind":"Name","value":"varianceValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countedLines"}},{"kind":"Field","name":{"kind":"Name","value":"totalVarianceValue"}},{"kind":"Field","name":{"kind":"Name","value":"onSchedule"}}]}}]} as unknown as DocumentNode<StocktakesQuery, StocktakesQueryVariables>;
export const StocktakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Stocktake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stocktake"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StocktakeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StocktakeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Stocktake"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"locationCode"}},{"kind":"Field","name":{"kind":"Name","value":"locationName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"blind"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partId"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"variance"}},{"kind":"Field","name":{"kind":"Name","value":"varianceValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countedLines"}},{"kind":"Field","name":{"kind":"Name","value":"totalVarianceValue"}},{"kind":"Field","name":{"kind":"Name","value":"onSchedule"}}]}}]} as unknown as DocumentNode<StocktakeQuery, StocktakeQueryVariables>;
export const StartStocktakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartStocktake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"blind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startStocktake"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"blind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"blind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StocktakeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StocktakeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Stocktake"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"locationCode"}},{"kind":"Field","name":{"kind":"Name","value":"locationName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"blind"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partId"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"variance"}},{"kind":"Field","name":{"kind":"Name","value":"varianceValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countedLines"}},{"kind":"Field","name":{"kind":"Name","value":"totalVarianceValue"}},{"kind":"Field","name":{"kind":"Name","value":"onSchedule"}}]}}]} as unknown as DocumentNode<StartStocktakeMutation, StartStocktakeMutationVariables>;
export const RecordCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sku"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"counted"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"sku"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sku"}}},{"kind":"Argument","name":{"kind":"Name","value":"counted"},"value":{"kind":"Variable","name":{"kind":"Name","value":"counted"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StocktakeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StocktakeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Stocktake"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"locationCode"}},{"kind":"Field","name":{"kind":"Name","value":"locationName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"blind"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partId"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"variance"}},{"kind":"Field","name":{"kind":"Name","value":"varianceValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countedLines"}},{"kind":"Field","name":{"kind":"Name","value":"totalVarianceValue"}},{"kind":"Field","name":{"kind":"Name","value":"onSchedule"}}]}}]} as unknown as DocumentNode<RecordCountMutation, RecordCountMutationVariables>;
export const SubmitStocktakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitStocktake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitStocktake"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StocktakeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StocktakeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Stocktake"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"locationCode"}},{"kind":"Field","name":{"kind":"Name","value":"locationName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"blind"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partId"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"variance"}},{"kind":"Field","name":{"kind":"Name","value":"varianceValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countedLines"}},{"kind":"Field","name":{"kind":"Name","value":"totalVarianceValue"}},{"kind":"Field","name":{"kind":"Name","value":"onSchedule"}}]}}]} as unknown as DocumentNode<SubmitStocktakeMutation, SubmitStocktakeMutationVariables>;
export const ApproveStocktakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveStocktake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveStocktake"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StocktakeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StocktakeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Stocktake"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"locationCode"}},{"kind":"Field","name":{"kind":"Name","value":"locationName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"blind"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partId"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"variance"}},{"kind":"Field","name":{"kind":"Name","value":"varianceValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countedLines"}},{"kind":"Field","name":{"kind":"Name","value":"totalVarianceValue"}},{"kind":"Field","name":{"kind":"Name","value":"onSchedule"}}]}}]} as unknown as DocumentNode<ApproveStocktakeMutation, ApproveStocktakeMutationVariables>;
export const CancelStocktakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelStocktake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelStocktake"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StocktakeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StocktakeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Stocktake"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"locationCode"}},{"kind":"Field","name":{"kind":"Name","value":"locationName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"blind"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partId"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"variance"}},{"kind":"Field","name":{"kind":"Name","value":"varianceValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countedLines"}},{"kind":"Field","name":{"kind":"Name","value":"totalVarianceValue"}},{"kind":"Field","name":{"kind":"Name","value":"onSchedule"}}]}}]} as unknown as DocumentNode<CancelStocktakeMutation, CancelStocktakeMutationVariables>;
export const StartPartsImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartPartsImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fileName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startPartsImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}},{"kind":"Argument","name":{"kind":"Name","value":"fileName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fileName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartsImportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartsImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartsImportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"importedRows"}},{"kind":"Field","name":{"kind":"Name","value":"failedRows"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<StartPartsImportMutation, StartPartsImportMutationVariables>;
export const PartsImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartsImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partsImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartsImportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartsImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartsImportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"importedRows"}},{"kind":"Field","name":{"kind":"Name","value":"failedRows"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<PartsImportQuery, PartsImportQueryVariables>;
export const DefectAnalysisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DefectAnalysis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DefectGrouping"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"productModel"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"defectAnalysis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"productModel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"productModel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativeShare"}}]}}]}}]}}]} as unknown as DocumentNode<DefectAnalysisQuery, DefectAnalysisQueryVariables>;
export const WorkOrderDefectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkOrderDefects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workOrderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"defects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workOrderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workOrderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"partName"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"partSerial"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}}]}}]}}]} as unknown as DocumentNode<WorkOrderDefectsQuery, WorkOrderDefectsQueryVariables>;
export const ReturnDefectivePartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnDefectivePart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workOrderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sku"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cause"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FailureCause"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serialNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnDefectivePart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workOrderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workOrderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"sku"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sku"}}},{"kind":"Argument","name":{"kind":"Name","value":"quantity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}}},{"kind":"Argument","name":{"kind":"Name","value":"cause"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cause"}}},{"kind":"Argument","name":{"kind":"Name","value":"serialNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serialNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"partName"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"partSerial"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}}]}}]}}]} as unknown as DocumentNode<ReturnDefectivePartMutation, ReturnDefectivePartMutationVariables>;
export const WarehouseDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WarehouseDashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"low"},"name":{"kind":"Name","value":"stockLevels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"lowOnly"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"requested"},"name":{"kind":"Name","value":"transfers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"EnumValue","value":"REQUESTED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"inTransit"},"name":{"kind":"Name","value":"transfers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"EnumValue","value":"IN_TRANSIT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"locations"},"name":{"kind":"Name","value":"stockLocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stocktakeDueAt"}}]}}]}}]} as unknown as DocumentNode<WarehouseDashboardQuery, WarehouseDashboardQueryVariables>;
export const PartReservationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartReservations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workOrderId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReservationState"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partReservations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workOrderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workOrderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"requestNumber"}},{"kind":"Field","name":{"kind":"Name","value":"lineId"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"locationCode"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<PartReservationsQuery, PartReservationsQueryVariables>;