-- H2 2.2.224; 
SET WRITE_DELAY 0;             
;              
CREATE USER IF NOT EXISTS "NTS" SALT '3a7e8d6733fc1e40' HASH 'b7e5cce48d28a3b4b95a0a9a161bdab694fa4014fc58b1474f63d09d7074c2d6' ADMIN;         
CREATE SEQUENCE "PUBLIC"."NTS_ACTION_SEQ" START WITH 50 RESTART WITH 150 INCREMENT BY 50;      
CREATE SEQUENCE "PUBLIC"."NTS_API_TOKEN_SEQ" START WITH 10 RESTART WITH 30 INCREMENT BY 10;    
CREATE SEQUENCE "PUBLIC"."NTS_AUDIT_SEQ" START WITH 50 RESTART WITH 200 INCREMENT BY 50;       
CREATE SEQUENCE "PUBLIC"."NTS_CONSORTIUM_SEQ" START WITH 20 RESTART WITH 60 INCREMENT BY 20;   
CREATE SEQUENCE "PUBLIC"."NTS_FUNDING_CALL_SEQ" START WITH 50 RESTART WITH 150 INCREMENT BY 50;
CREATE SEQUENCE "PUBLIC"."NTS_INPUT_SEQ" START WITH 50 RESTART WITH 150 INCREMENT BY 50;       
CREATE SEQUENCE "PUBLIC"."NTS_ORGANISATION_SEQ" START WITH 50 RESTART WITH 150 INCREMENT BY 50;
CREATE SEQUENCE "PUBLIC"."NTS_PLAN_SEQ" START WITH 20 RESTART WITH 60 INCREMENT BY 20;         
CREATE SEQUENCE "PUBLIC"."NTS_SEGMENT_SEQ" START WITH 50 RESTART WITH 200 INCREMENT BY 50;     
CREATE SEQUENCE "PUBLIC"."NTS_STATE_CHANGE_SEQ" START WITH 50 RESTART WITH 150 INCREMENT BY 50;
CREATE SEQUENCE "PUBLIC"."NTS_VALUE_CHAIN_SEQ" START WITH 20 RESTART WITH 60 INCREMENT BY 20;  
CREATE SEQUENCE "PUBLIC"."NTS_WORKSHOP_SEQ" START WITH 20 RESTART WITH 60 INCREMENT BY 20;     
CREATE CACHED TABLE "PUBLIC"."NTS_STATE_CHANGE"(
    "ID" BIGINT NOT NULL,
    "CHANGED_AT" TIMESTAMP NOT NULL,
    "CHANGED_BY" CHARACTER VARYING(100) NOT NULL,
    "FROM_STATE" CHARACTER VARYING(40) NOT NULL,
    "REASON" CHARACTER VARYING(1000),
    "RECORD_ID" BIGINT NOT NULL,
    "SUBJECT" CHARACTER VARYING(40) NOT NULL,
    "TO_STATE" CHARACTER VARYING(40) NOT NULL,
    "TRANSITION" CHARACTER VARYING(40) NOT NULL,
    "WORKFLOW" CHARACTER VARYING(200) NOT NULL
);      
ALTER TABLE "PUBLIC"."NTS_STATE_CHANGE" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_1" PRIMARY KEY("ID");              
-- 1 +/- SELECT COUNT(*) FROM PUBLIC.NTS_STATE_CHANGE;         
INSERT INTO "PUBLIC"."NTS_STATE_CHANGE" VALUES
(51, TIMESTAMP '2026-12-02 01:09:56.363209', 'bench', 'received', NULL, 62, 'input', 'triaged', 'triage', 'National default');  
CREATE INDEX "PUBLIC"."INDEX_NTS_STATE_CHANGE_SUBJECT_RECORD_ID" ON "PUBLIC"."NTS_STATE_CHANGE"("SUBJECT" NULLS FIRST, "RECORD_ID" NULLS FIRST);               
CREATE CACHED TABLE "PUBLIC"."NTS_VALUE_CHAIN"(
    "ID" BIGINT NOT NULL,
    "CODE" CHARACTER VARYING(20) NOT NULL,
    "DESCRIPTION" CHARACTER VARYING(4000),
    "NAME" CHARACTER VARYING(200) NOT NULL,
    "VERSION" BIGINT NOT NULL,
    "CREATED_AT" TIMESTAMP NOT NULL,
    "CREATED_BY" CHARACTER VARYING(100) NOT NULL,
    "UPDATED_AT" TIMESTAMP NOT NULL,
    "UPDATED_BY" CHARACTER VARYING(100) NOT NULL
);     
ALTER TABLE "PUBLIC"."NTS_VALUE_CHAIN" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_22" PRIMARY KEY("ID");              
-- 14 +/- SELECT COUNT(*) FROM PUBLIC.NTS_VALUE_CHAIN;         
INSERT INTO "PUBLIC"."NTS_VALUE_CHAIN" VALUES
(21, 'VC01', 'Illustrative sample chain: name and participating ROMs are examples to edit.', 'Semiconductors (design; equipment; back-end and packaging)', 1, TIMESTAMP '2026-12-02 01:09:13.631994', 'sample-data', TIMESTAMP '2026-12-02 01:09:13.631994', 'sample-data'),
(22, 'VC02', 'Illustrative sample chain: name and participating ROMs are examples to edit.', 'Integrated photonics (InP and SiN chips to modules)', 1, TIMESTAMP '2026-12-02 01:09:13.739902', 'sample-data', TIMESTAMP '2026-12-02 01:09:13.739902', 'sample-data'),
(23, 'VC03', 'Illustrative sample chain: name and participating ROMs are examples to edit.', 'Quantum (computing; communication; sensing)', 1, TIMESTAMP '2026-12-02 01:09:13.761691', 'sample-data', TIMESTAMP '2026-12-02 01:09:13.761691', 'sample-data'),
(24, 'VC04', 'Illustrative sample chain: name and participating ROMs are examples to edit.', 'High-tech equipment and smart manufacturing', 1, TIMESTAMP '2026-12-02 01:09:13.782043', 'sample-data', TIMESTAMP '2026-12-02 01:09:13.782043', 'sample-data'),
(25, 'VC05', 'Illustrative sample chain: name and participating ROMs are examples to edit.', 'Defence and security', 1, TIMESTAMP '2026-12-02 01:09:13.799269', 'sample-data', TIMESTAMP '2026-12-02 01:09:13.799269', 'sample-data'),
(26, 'VC06', 'Illustrative sample chain: name and participating ROMs are examples to edit.', 'Space and aerospace (nanosatellites; optical communication)', 1, TIMESTAMP '2026-12-02 01:09:13.817866', 'sample-data', TIMESTAMP '2026-12-02 01:09:13.817866', 'sample-data'),
(27, 'VC07', 'Named by LIOF; the participating ROMs are examples to edit.', 'Medtech and imaging', 1, TIMESTAMP '2026-12-02 01:09:13.833715', 'sample-data', TIMESTAMP '2026-12-02 01:09:13.833715', 'sample-data'),
(28, 'VC08', 'Illustrative sample chain: name and participating ROMs are examples to edit.', 'Biotech and life sciences', 1, TIMESTAMP '2026-12-02 01:09:13.841166', 'sample-data', TIMESTAMP '2026-12-02 01:09:13.841166', 'sample-data'),
(29, 'VC09', 'Named by LIOF; the participating ROMs are examples to edit.', 'Agrotech', 1, TIMESTAMP '2026-12-02 01:09:13.849494', 'sample-data', TIMESTAMP '2026-12-02 01:09:13.849494', 'sample-data'),
(30, 'VC10', 'Named by LIOF; the participating ROMs are examples to edit.', 'Green chemistry', 1, TIMESTAMP '2026-12-02 01:09:13.855971', 'sample-data', TIMESTAMP '2026-12-02 01:09:13.855971', 'sample-data'),
(31, 'VC11', 'Illustrative sample chain: name and participating ROMs are examples to edit.', 'Energy materials and batteries', 1, TIMESTAMP '2026-12-02 01:09:13.863112', 'sample-data', TIMESTAMP '2026-12-02 01:09:13.863112', 'sample-data'),
(32, 'VC12', 'Illustrative sample chain: name and participating ROMs are examples to edit.', 'Hydrogen and energy systems', 1, TIMESTAMP '2026-12-02 01:09:13.870056', 'sample-data', TIMESTAMP '2026-12-02 01:09:13.870056', 'sample-data'),
(33, 'VC13', 'Illustrative sample chain: name and participating ROMs are examples to edit.', 'AI and data applications', 1, TIMESTAMP '2026-12-02 01:09:13.876821', 'sample-data', TIMESTAMP '2026-12-02 01:09:13.876821', 'sample-data'),
(35, 'VC-FIX', 'made by the release', 'Fixture chain', 1, TIMESTAMP '2026-12-02 01:09:56.043141', 'bench', TIMESTAMP '2026-12-02 01:09:56.043141', 'bench');           
CREATE CACHED TABLE "PUBLIC"."NTS_INPUT"(
    "ID" BIGINT NOT NULL,
    "KIND" CHARACTER VARYING(20) NOT NULL,
    "STATUS" CHARACTER VARYING(40) NOT NULL,
    "TEXT" CHARACTER VARYING(4000) NOT NULL,
    "THEME" CHARACTER VARYING(40) NOT NULL,
    "VERSION" BIGINT NOT NULL,
    "CREATED_AT" TIMESTAMP NOT NULL,
    "CREATED_BY" CHARACTER VARYING(100) NOT NULL,
    "UPDATED_AT" TIMESTAMP NOT NULL,
    "UPDATED_BY" CHARACTER VARYING(100) NOT NULL,
    "ORGANISATION_ID" BIGINT,
    "VALUE_CHAIN_ID" BIGINT,
    "WORKSHOP_ID" BIGINT NOT NULL
);              
ALTER TABLE "PUBLIC"."NTS_INPUT" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_F" PRIMARY KEY("ID");     
-- 12 +/- SELECT COUNT(*) FROM PUBLIC.NTS_INPUT;               
INSERT INTO "PUBLIC"."NTS_INPUT" VALUES
(51, 'RISK', 'answered', 'The semiconductor value chain is vulnerable: we excel at the top of the chain (equipment, design) but depend on Asia for fabrication, assembly and test. A disruption there stops our customers within weeks.', 'CHAIN_RESILIENCE', 1, TIMESTAMP '2026-12-02 01:09:15.081373', 'sample-data', TIMESTAMP '2026-12-02 01:09:15.081373', 'sample-data', 51, 21, 21),
(52, 'CHALLENGE', 'answered', 'There is no 300mm fab in the Netherlands: prototypes and small series of our partners are made abroad, with long queues and loss of know-how.', 'INFRASTRUCTURE', 1, TIMESTAMP '2026-12-02 01:09:15.120294', 'sample-data', TIMESTAMP '2026-12-02 01:09:15.120294', 'sample-data', 75, 21, 21),
(53, 'PROPOSAL', 'answered', 'Build more packaging and back-end capacity in the region, so that chips designed and made in Europe can also be assembled and tested here.', 'CHAIN_RESILIENCE', 1, TIMESTAMP '2026-12-02 01:09:15.133576', 'sample-data', TIMESTAMP '2026-12-02 01:09:15.133576', 'sample-data', 54, 21, 21),
(54, 'PROPOSAL', 'answered', 'Open lab-to-fab pilot lines for start-ups: shared equipment and engineering support to get from a lab prototype to a first product without building a fab.', 'INFRASTRUCTURE', 1, TIMESTAMP '2026-12-02 01:09:15.145958', 'sample-data', TIMESTAMP '2026-12-02 01:09:15.145958', 'sample-data', 57, 22, 21),
(55, 'OPPORTUNITY', 'answered', 'The Eindhoven indium phosphide (InP) photonics ecosystem is world class: design houses, a foundry, packaging and users within thirty kilometres. Build on it.', 'ECOSYSTEM', 1, TIMESTAMP '2026-12-02 01:09:15.15864', 'sample-data', TIMESTAMP '2026-12-02 01:09:15.15864', 'sample-data', 55, 22, 21),
(56, 'OPPORTUNITY', 'answered', 'Defence and aerospace need our sensors, photonics and precision mechanics; the European Defence Fund finances consortia, but SMEs rarely find their way into them.', 'MARKET_ACCESS', 1, TIMESTAMP '2026-12-02 01:09:15.168811', 'sample-data', TIMESTAMP '2026-12-02 01:09:15.168811', 'sample-data', 66, 25, 21),
(57, 'PROPOSAL', 'answered', 'A defence innovation network that links SMEs to prime contractors and their tendering channels, with matchmaking around concrete programmes.', 'MARKET_ACCESS', 1, TIMESTAMP '2026-12-02 01:09:15.172468', 'sample-data', TIMESTAMP '2026-12-02 01:09:15.172468', 'sample-data', 78, 25, 21),
(58, 'PROPOSAL', 'answered', 'Pilots with the Ministry of Defence as launching customer: a first order gives start-ups the reference they need to sell abroad.', 'REGULATION', 1, TIMESTAMP '2026-12-02 01:09:15.189358', 'sample-data', TIMESTAMP '2026-12-02 01:09:15.189358', 'sample-data', NULL, 25, 21),
(59, 'CHALLENGE', 'answered', 'Shortage of specialised staff from vocational level to PhD. We need a talent roadmap, with routes for lateral entrants from other sectors.', 'TALENT', 1, TIMESTAMP '2026-12-02 01:09:15.198134', 'sample-data', TIMESTAMP '2026-12-02 01:09:15.198134', 'sample-data', 63, 24, 21),
(60, 'CHALLENGE', 'answered', 'Too little venture capital for scale-ups: promising start-ups are bought by foreign parties early, and the knowledge leaves with them.', 'CAPITAL', 1, TIMESTAMP '2026-12-02 01:09:15.210995', 'sample-data', TIMESTAMP '2026-12-02 01:09:15.210995', 'sample-data', 53, 22, 21),
(61, 'OPPORTUNITY', 'triaged', 'Quantum start-ups need the same precision mechanics and cryogenic suppliers as the semiconductor equipment makers: connect the two communities.', 'ECOSYSTEM', 1, TIMESTAMP '2026-12-02 01:09:15.223938', 'sample-data', TIMESTAMP '2026-12-02 01:09:15.223938', 'sample-data', 59, 23, 21),
(62, 'CHALLENGE', 'triaged', 'Too few cleanroom technicians; the text is long enough to matter: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'TALENT', 2, TIMESTAMP '2026-12-02 01:09:56.259457', 'bench', TIMESTAMP '2026-12-02 01:09:56.36315', 'bench', 89, 35, 22);               
CREATE CACHED TABLE "PUBLIC"."NTS_AUDIT"(
    "ID" BIGINT NOT NULL,
    "ACTION" CHARACTER VARYING(40) NOT NULL,
    "ACTOR" CHARACTER VARYING(100) NOT NULL,
    "AFTER_JSON" CHARACTER VARYING,
    "AT" TIMESTAMP NOT NULL,
    "BEFORE_JSON" CHARACTER VARYING,
    "CHANGED" CHARACTER VARYING(2000) NOT NULL,
    "KIND" CHARACTER VARYING(40) NOT NULL,
    "RECORD_KEY" CHARACTER VARYING(200) NOT NULL,
    "ROMS" CHARACTER VARYING(400) NOT NULL
); 
ALTER TABLE "PUBLIC"."NTS_AUDIT" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_F3" PRIMARY KEY("ID");    
-- 92 +/- SELECT COUNT(*) FROM PUBLIC.NTS_AUDIT;               
INSERT INTO "PUBLIC"."NTS_AUDIT" VALUES
(51, 'create', 'sample-data', '{"code":"VC01","name":"Semiconductors (design; equipment; back-end and packaging)","description":"Illustrative sample chain: name and participating ROMs are examples to edit.","technologies":["NTS06","NTS09"],"roms":["BOM","LIOF","ONL"],"segments":[{"code":"DESIGN","name":"Chip design"},{"code":"MATERIALS","name":"Materials and wafers"},{"code":"EQUIPMENT","name":"Equipment and lithography"},{"code":"FRONTEND","name":"Front-end fabrication (300mm)"},{"code":"BACKEND","name":"Back-end and packaging"},{"code":"APPLICATIONS","name":"Applications"}],"version":1,"stamp":{"createdAt":"2026-12-02T01:09:13.631994456Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:13.631994456Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:13.666106', NULL, '', 'value chain', 'VC01', ''),
(52, 'create', 'sample-data', '{"code":"VC02","name":"Integrated photonics (InP and SiN chips to modules)","description":"Illustrative sample chain: name and participating ROMs are examples to edit.","technologies":["NTS01"],"roms":["BOM","IQ","ONL"],"segments":[{"code":"DESIGN","name":"Photonic chip design"},{"code":"EPITAXY","name":"Epitaxy and materials (InP, SiN)"},{"code":"FAB","name":"Chip fabrication"},{"code":"PACKAGING","name":"Assembly and packaging"},{"code":"MODULES","name":"Modules and systems"},{"code":"APPLICATIONS","name":"Applications (datacom, sensing)"}],"version":1,"stamp":{"createdAt":"2026-12-02T01:09:13.739902363Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:13.739902363Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:13.755888', NULL, '', 'value chain', 'VC02', ''),
(53, 'create', 'sample-data', '{"code":"VC03","name":"Quantum (computing; communication; sensing)","description":"Illustrative sample chain: name and participating ROMs are examples to edit.","technologies":["NTS02"],"roms":["BOM","INW","IQ"],"segments":[{"code":"ENABLING","name":"Enabling technology (cryogenics, control electronics)"},{"code":"HARDWARE","name":"Qubit hardware"},{"code":"SOFTWARE","name":"Software and algorithms"},{"code":"NETWORKS","name":"Quantum networks"},{"code":"SENSING","name":"Quantum sensing"},{"code":"APPLICATIONS","name":"Applications"}],"version":1,"stamp":{"createdAt":"2026-12-02T01:09:13.761691307Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:13.761691307Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:13.771767', NULL, '', 'value chain', 'VC03', ''),
(54, 'create', 'sample-data', '{"code":"VC04","name":"High-tech equipment and smart manufacturing","description":"Illustrative sample chain: name and participating ROMs are examples to edit.","technologies":["NTS06","NTS07"],"roms":["BOM","LIOF","ONL"],"segments":[{"code":"COMPONENTS","name":"Precision components"},{"code":"SUBSYSTEMS","name":"Mechatronic subsystems"},{"code":"SOFTWARE","name":"Control software and AI"},{"code":"INTEGRATION","name":"System integration"},{"code":"SERVICE","name":"Service and maintenance"}],"version":1,"stamp":{"createdAt":"2026-12-02T01:09:13.782043360Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:13.782043360Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:13.791953', NULL, '', 'value chain', 'VC04', ''),
(55, 'create', 'sample-data', '{"code":"VC05","name":"Defence and security","description":"Illustrative sample chain: name and participating ROMs are examples to edit.","technologies":["NTS01","NTS05","NTS10"],"roms":["BOM","IQ","IZ"],"segments":[{"code":"RESEARCH","name":"Research and technology"},{"code":"COMPONENTS","name":"Components and sensors"},{"code":"SYSTEMS","name":"Systems integration"},{"code":"PRIMES","name":"Prime contractors"},{"code":"END_USERS","name":"End users"}],"version":1,"stamp":{"createdAt":"2026-12-02T01:09:13.799269066Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:13.799269066Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:13.810575', NULL, '', 'value chain', 'VC05', ''),
(56, 'create', 'sample-data', '{"code":"VC06","name":"Space and aerospace (nanosatellites; optical communication)","description":"Illustrative sample chain: name and participating ROMs are examples to edit.","technologies":["NTS01","NTS06"],"roms":["BOM","IQ","NOM"],"segments":[{"code":"COMPONENTS","name":"Components (optics, mechanisms)"},{"code":"PLATFORMS","name":"Nanosatellite platforms"},{"code":"PAYLOADS","name":"Payloads and optical communication"},{"code":"GROUND","name":"Ground segment"},{"code":"SERVICES","name":"Data services"}],"version":1,"stamp":{"createdAt":"2026-12-02T01:09:13.817866334Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:13.817866334Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:13.82894', NULL, '', 'value chain', 'VC06', '');          
INSERT INTO "PUBLIC"."NTS_AUDIT" VALUES
(57, 'create', 'sample-data', '{"code":"VC07","name":"Medtech and imaging","description":"Named by LIOF; the participating ROMs are examples to edit.","technologies":["NTS05"],"roms":["BOM","LIOF","ONL"],"segments":[{"code":"RESEARCH","name":"Clinical research"},{"code":"COMPONENTS","name":"Components and sensors"},{"code":"DEVICES","name":"Imaging devices"},{"code":"SOFTWARE","name":"Software and AI"},{"code":"CARE","name":"Care providers"}],"version":1,"stamp":{"createdAt":"2026-12-02T01:09:13.833714758Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:13.833714758Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:13.838271', NULL, '', 'value chain', 'VC07', ''),
(58, 'create', 'sample-data', '{"code":"VC08","name":"Biotech and life sciences","description":"Illustrative sample chain: name and participating ROMs are examples to edit.","technologies":["NTS04"],"roms":["IQ","LIOF","RUR"],"segments":[{"code":"RESEARCH","name":"Research"},{"code":"INPUTS","name":"Materials and inputs"},{"code":"PRODUCTION","name":"Production"},{"code":"INTEGRATION","name":"Systems and integration"},{"code":"MARKET","name":"Applications and market"}],"version":1,"stamp":{"createdAt":"2026-12-02T01:09:13.841165779Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:13.841165779Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:13.846182', NULL, '', 'value chain', 'VC08', ''),
(59, 'create', 'sample-data', '{"code":"VC09","name":"Agrotech","description":"Named by LIOF; the participating ROMs are examples to edit.","technologies":["NTS05","NTS07"],"roms":["HF","LIOF","ONL"],"segments":[{"code":"RESEARCH","name":"Research"},{"code":"INPUTS","name":"Materials and inputs"},{"code":"PRODUCTION","name":"Production"},{"code":"INTEGRATION","name":"Systems and integration"},{"code":"MARKET","name":"Applications and market"}],"version":1,"stamp":{"createdAt":"2026-12-02T01:09:13.849493978Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:13.849493978Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:13.853384', NULL, '', 'value chain', 'VC09', ''),
(60, 'create', 'sample-data', '{"code":"VC10","name":"Green chemistry","description":"Named by LIOF; the participating ROMs are examples to edit.","technologies":["NTS03"],"roms":["IZ","LIOF","NOM"],"segments":[{"code":"RESEARCH","name":"Research"},{"code":"INPUTS","name":"Materials and inputs"},{"code":"PRODUCTION","name":"Production"},{"code":"INTEGRATION","name":"Systems and integration"},{"code":"MARKET","name":"Applications and market"}],"version":1,"stamp":{"createdAt":"2026-12-02T01:09:13.855971469Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:13.855971469Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:13.860279', NULL, '', 'value chain', 'VC10', ''),
(61, 'create', 'sample-data', '{"code":"VC11","name":"Energy materials and batteries","description":"Illustrative sample chain: name and participating ROMs are examples to edit.","technologies":["NTS08"],"roms":["BOM","LIOF","NOM"],"segments":[{"code":"RESEARCH","name":"Research"},{"code":"INPUTS","name":"Materials and inputs"},{"code":"PRODUCTION","name":"Production"},{"code":"INTEGRATION","name":"Systems and integration"},{"code":"MARKET","name":"Applications and market"}],"version":1,"stamp":{"createdAt":"2026-12-02T01:09:13.863112068Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:13.863112068Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:13.867051', NULL, '', 'value chain', 'VC11', ''),
(62, 'create', 'sample-data', '{"code":"VC12","name":"Hydrogen and energy systems","description":"Illustrative sample chain: name and participating ROMs are examples to edit.","technologies":["NTS03","NTS08"],"roms":["IQ","IZ","NOM"],"segments":[{"code":"RESEARCH","name":"Research"},{"code":"INPUTS","name":"Materials and inputs"},{"code":"PRODUCTION","name":"Production"},{"code":"INTEGRATION","name":"Systems and integration"},{"code":"MARKET","name":"Applications and market"}],"version":1,"stamp":{"createdAt":"2026-12-02T01:09:13.870055974Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:13.870055974Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:13.873916', NULL, '', 'value chain', 'VC12', '');
INSERT INTO "PUBLIC"."NTS_AUDIT" VALUES
(63, 'create', 'sample-data', '{"code":"VC13","name":"AI and data applications","description":"Illustrative sample chain: name and participating ROMs are examples to edit.","technologies":["NTS07"],"roms":["BOM","INW","RUR"],"segments":[{"code":"RESEARCH","name":"Research"},{"code":"INPUTS","name":"Materials and inputs"},{"code":"PRODUCTION","name":"Production"},{"code":"INTEGRATION","name":"Systems and integration"},{"code":"MARKET","name":"Applications and market"}],"version":1,"stamp":{"createdAt":"2026-12-02T01:09:13.876820903Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:13.876820903Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:13.880892', NULL, '', 'value chain', 'VC13', ''),
(64, 'create', 'sample-data', '{"code":"VC14","name":"Cybersecurity","description":"Illustrative sample chain: name and participating ROMs are examples to edit.","technologies":["NTS10"],"roms":["IQ","ONL","RUR"],"segments":[{"code":"RESEARCH","name":"Research"},{"code":"INPUTS","name":"Materials and inputs"},{"code":"PRODUCTION","name":"Production"},{"code":"INTEGRATION","name":"Systems and integration"},{"code":"MARKET","name":"Applications and market"}],"version":1,"stamp":{"createdAt":"2026-12-02T01:09:13.884179758Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:13.884179758Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:13.89531', NULL, '', 'value chain', 'VC14', ''),
(65, 'create', 'sample-data', '{"id":51,"name":"Kempenland Lithography Components B.V.","kind":"SME","kvkNumber":"70412345","sbiCode":"28.99","city":"Veldhoven","country":"NL","province":"Noord-Brabant","nuts2":"NL41","rom":"BOM","technologies":["NTS06","NTS09"],"segments":[{"valueChain":"VC01","segment":"EQUIPMENT"},{"valueChain":"VC04","segment":"COMPONENTS"}],"trl":8,"externalIds":{"hubspot":"h-1001"},"version":1,"stamp":{"createdAt":"2026-12-02T01:09:13.906856855Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:13.906856855Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:14.036298', NULL, '', 'organisation', '51', ',BOM,'),
(66, 'create', 'sample-data', '{"id":52,"name":"Brainport Precision Motion B.V.","kind":"SME","kvkNumber":"70412346","sbiCode":"28.41","city":"Eindhoven","country":"NL","province":"Noord-Brabant","nuts2":"NL41","rom":"BOM","technologies":["NTS06"],"segments":[{"valueChain":"VC01","segment":"EQUIPMENT"},{"valueChain":"VC04","segment":"SUBSYSTEMS"}],"trl":7,"externalIds":{"hubspot":"h-1002"},"version":1,"stamp":{"createdAt":"2026-12-02T01:09:14.102786800Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:14.102786800Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:14.237629', NULL, '', 'organisation', '52', ',BOM,'),
(67, 'create', 'sample-data', '{"id":53,"name":"Dommel Chip Design B.V.","kind":"START_UP","kvkNumber":"81234567","sbiCode":"62.01","city":"Eindhoven","country":"NL","province":"Noord-Brabant","nuts2":"NL41","rom":"BOM","technologies":["NTS07","NTS09"],"segments":[{"valueChain":"VC01","segment":"DESIGN"}],"trl":5,"externalIds":{"hubspot":"h-1003"},"version":1,"stamp":{"createdAt":"2026-12-02T01:09:14.239228991Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:14.239228991Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:14.251505', NULL, '', 'organisation', '53', ',BOM,'),
(68, 'create', 'sample-data', '{"id":54,"name":"Waalre Packaging Solutions B.V.","kind":"SME","kvkNumber":"70412347","sbiCode":"26.11","city":"Nijmegen","country":"NL","province":"Gelderland","nuts2":"NL22","rom":"ONL","technologies":["NTS09"],"segments":[{"valueChain":"VC01","segment":"BACKEND"}],"trl":6,"externalIds":{"hubspot":"h-1004"},"version":1,"stamp":{"createdAt":"2026-12-02T01:09:14.252363271Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:14.252363271Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:14.271943', NULL, '', 'organisation', '54', ',ONL,'),
(69, 'create', 'sample-data', '{"id":55,"name":"Photon Valley InP Foundry B.V.","kind":"SCALE_UP","kvkNumber":"75234561","sbiCode":"26.11","city":"Eindhoven","country":"NL","province":"Noord-Brabant","nuts2":"NL41","rom":"BOM","technologies":["NTS01","NTS09"],"segments":[{"valueChain":"VC02","segment":"EPITAXY"},{"valueChain":"VC02","segment":"FAB"}],"trl":7,"externalIds":{"hubspot":"h-1005"},"version":1,"stamp":{"createdAt":"2026-12-02T01:09:14.272660743Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:14.272660743Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:14.290243', NULL, '', 'organisation', '55', ',BOM,');           
INSERT INTO "PUBLIC"."NTS_AUDIT" VALUES
(70, 'create', 'sample-data', '{"id":56,"name":"Twente Nitride Photonics B.V.","kind":"SCALE_UP","kvkNumber":"75234562","sbiCode":"26.11","city":"Enschede","country":"NL","province":"Overijssel","nuts2":"NL21","rom":"ONL","technologies":["NTS01"],"segments":[{"valueChain":"VC02","segment":"DESIGN"},{"valueChain":"VC02","segment":"FAB"}],"trl":6,"externalIds":{"hubspot":"h-1006"},"version":1,"stamp":{"createdAt":"2026-12-02T01:09:14.291005846Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:14.291005846Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:14.314571', NULL, '', 'organisation', '56', ',ONL,'),
(71, 'create', 'sample-data', '{"id":57,"name":"Lichtweg Modules B.V.","kind":"START_UP","kvkNumber":"82345671","sbiCode":"26.70","city":"Eindhoven","country":"NL","province":"Noord-Brabant","nuts2":"NL41","rom":"BOM","technologies":["NTS01"],"segments":[{"valueChain":"VC02","segment":"MODULES"},{"valueChain":"VC02","segment":"PACKAGING"}],"trl":5,"externalIds":{"hubspot":"h-1007"},"version":1,"stamp":{"createdAt":"2026-12-02T01:09:14.315756964Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:14.315756964Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:14.362986', NULL, '', 'organisation', '57', ',BOM,'),
(72, 'create', 'sample-data', '{"id":58,"name":"Maasvlakte Datacom Optics B.V.","kind":"SME","kvkNumber":"72345672","sbiCode":"27.31","city":"Rotterdam","country":"NL","province":"Zuid-Holland","nuts2":"NL36","rom":"IQ","technologies":["NTS01"],"segments":[{"valueChain":"VC02","segment":"APPLICATIONS"}],"trl":7,"externalIds":{},"version":1,"stamp":{"createdAt":"2026-12-02T01:09:14.373923338Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:14.373923338Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:14.391169', NULL, '', 'organisation', '58', ',IQ,'),
(73, 'create', 'sample-data', '{"id":59,"name":"Delftse Qubit Hardware B.V.","kind":"START_UP","kvkNumber":"83456781","sbiCode":"26.11","city":"Delft","country":"NL","province":"Zuid-Holland","nuts2":"NL36","rom":"IQ","technologies":["NTS02"],"segments":[{"valueChain":"VC03","segment":"HARDWARE"}],"trl":4,"externalIds":{"hubspot":"h-1009"},"version":1,"stamp":{"createdAt":"2026-12-02T01:09:14.392103375Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:14.392103375Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:14.414509', NULL, '', 'organisation', '59', ',IQ,'),
(74, 'create', 'sample-data', '{"id":60,"name":"Cryo Leiden Instruments B.V.","kind":"SME","kvkNumber":"73456782","sbiCode":"26.51","city":"Leiden","country":"NL","province":"Zuid-Holland","nuts2":"NL36","rom":"IQ","technologies":["NTS02","NTS06"],"segments":[{"valueChain":"VC03","segment":"ENABLING"}],"trl":7,"externalIds":{"hubspot":"h-1010"},"version":1,"stamp":{"createdAt":"2026-12-02T01:09:14.415558162Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:14.415558162Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:14.441885', NULL, '', 'organisation', '60', ',IQ,'),
(75, 'create', 'sample-data', '{"id":61,"name":"Amstel Quantum Software B.V.","kind":"START_UP","kvkNumber":"83456783","sbiCode":"62.01","city":"Amsterdam","country":"NL","province":"Noord-Holland","nuts2":"NL32","rom":"INW","technologies":["NTS02","NTS07"],"segments":[{"valueChain":"VC03","segment":"SOFTWARE"}],"trl":4,"externalIds":{},"version":1,"stamp":{"createdAt":"2026-12-02T01:09:14.443135661Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:14.443135661Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:14.461792', NULL, '', 'organisation', '61', ',INW,'),
(76, 'create', 'sample-data', '{"id":62,"name":"Utrecht Quantum Sensing B.V.","kind":"START_UP","kvkNumber":"83456784","sbiCode":"26.51","city":"Utrecht","country":"NL","province":"Utrecht","nuts2":"NL35","rom":"RUR","technologies":["NTS02"],"segments":[{"valueChain":"VC03","segment":"SENSING"}],"trl":3,"externalIds":{},"version":1,"stamp":{"createdAt":"2026-12-02T01:09:14.463257842Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:14.463257842Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:14.476925', NULL, '', 'organisation', '62', ',RUR,');             
INSERT INTO "PUBLIC"."NTS_AUDIT" VALUES
(77, 'create', 'sample-data', '{"id":63,"name":"Limburg Mechatronics Group B.V.","kind":"LARGE_COMPANY","kvkNumber":"14012345","sbiCode":"28.99","city":"Venlo","country":"NL","province":"Limburg","nuts2":"NL42","rom":"LIOF","technologies":["NTS06","NTS07"],"segments":[{"valueChain":"VC04","segment":"INTEGRATION"},{"valueChain":"VC04","segment":"SUBSYSTEMS"}],"trl":9,"externalIds":{"hubspot":"h-1013"},"version":1,"stamp":{"createdAt":"2026-12-02T01:09:14.477833809Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:14.477833809Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:14.49706', NULL, '', 'organisation', '63', ',LIOF,'),
(78, 'create', 'sample-data', '{"id":64,"name":"Zeeuwse Maintenance Services B.V.","kind":"SME","kvkNumber":"22012345","sbiCode":"33.12","city":"Vlissingen","country":"NL","province":"Zeeland","nuts2":"NL34","rom":"IZ","technologies":["NTS06"],"segments":[{"valueChain":"VC04","segment":"SERVICE"},{"valueChain":"VC05","segment":"SYSTEMS"}],"trl":9,"externalIds":{},"version":1,"stamp":{"createdAt":"2026-12-02T01:09:14.501952124Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:14.501952124Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:14.525758', NULL, '', 'organisation', '64', ',IZ,'),
(79, 'create', 'sample-data', '{"id":65,"name":"Noordelijke Sensor Systems B.V.","kind":"SME","kvkNumber":"02012345","sbiCode":"26.51","city":"Groningen","country":"NL","province":"Groningen","nuts2":"NL11","rom":"NOM","technologies":["NTS05","NTS10"],"segments":[{"valueChain":"VC05","segment":"COMPONENTS"},{"valueChain":"VC06","segment":"COMPONENTS"}],"trl":6,"externalIds":{},"version":1,"stamp":{"createdAt":"2026-12-02T01:09:14.526774938Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:14.526774938Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:14.543898', NULL, '', 'organisation', '65', ',NOM,'),
(80, 'create', 'sample-data', '{"id":66,"name":"Hollandse Defence Integration B.V.","kind":"LARGE_COMPANY","kvkNumber":"27012345","sbiCode":"30.40","city":"Den Haag","country":"NL","province":"Zuid-Holland","nuts2":"NL36","rom":"IQ","technologies":["NTS05","NTS10"],"segments":[{"valueChain":"VC05","segment":"PRIMES"},{"valueChain":"VC05","segment":"SYSTEMS"}],"trl":9,"externalIds":{"hubspot":"h-1016"},"version":1,"stamp":{"createdAt":"2026-12-02T01:09:14.553026832Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:14.553026832Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:14.574609', NULL, '', 'organisation', '66', ',IQ,'),
(81, 'create', 'sample-data', '{"id":67,"name":"Flevo Drone Imaging B.V.","kind":"START_UP","kvkNumber":"84567891","sbiCode":"26.70","city":"Almere","country":"NL","province":"Flevoland","nuts2":"NL23","rom":"HF","technologies":["NTS05","NTS07"],"segments":[{"valueChain":"VC05","segment":"COMPONENTS"},{"valueChain":"VC09","segment":"PRODUCTION"}],"trl":5,"externalIds":{},"version":1,"stamp":{"createdAt":"2026-12-02T01:09:14.581233398Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:14.581233398Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:14.598278', NULL, '', 'organisation', '67', ',HF,'),
(82, 'create', 'sample-data', '{"id":68,"name":"Delft Nanosat Platforms B.V.","kind":"SCALE_UP","kvkNumber":"74567892","sbiCode":"30.30","city":"Delft","country":"NL","province":"Zuid-Holland","nuts2":"NL36","rom":"IQ","technologies":["NTS01","NTS06"],"segments":[{"valueChain":"VC06","segment":"PLATFORMS"}],"trl":7,"externalIds":{"hubspot":"h-1018"},"version":1,"stamp":{"createdAt":"2026-12-02T01:09:14.599392785Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:14.599392785Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:14.622991', NULL, '', 'organisation', '68', ',IQ,'),
(83, 'create', 'sample-data', '{"id":69,"name":"Noordwijk Laser Communication B.V.","kind":"START_UP","kvkNumber":"84567893","sbiCode":"26.30","city":"Noordwijk","country":"NL","province":"Zuid-Holland","nuts2":"NL36","rom":"IQ","technologies":["NTS01"],"segments":[{"valueChain":"VC06","segment":"PAYLOADS"}],"trl":5,"externalIds":{},"version":1,"stamp":{"createdAt":"2026-12-02T01:09:14.623890515Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:14.623890515Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:14.645956', NULL, '', 'organisation', '69', ',IQ,');      
INSERT INTO "PUBLIC"."NTS_AUDIT" VALUES
(84, 'create', 'sample-data', '{"id":70,"name":"Maastricht Imaging Devices B.V.","kind":"SME","kvkNumber":"14023456","sbiCode":"26.60","city":"Maastricht","country":"NL","province":"Limburg","nuts2":"NL42","rom":"LIOF","technologies":["NTS05"],"segments":[{"valueChain":"VC07","segment":"DEVICES"}],"trl":7,"externalIds":{"hubspot":"h-1020"},"version":1,"stamp":{"createdAt":"2026-12-02T01:09:14.646930874Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:14.646930874Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:14.666096', NULL, '', 'organisation', '70', ',LIOF,'),
(85, 'create', 'sample-data', '{"id":71,"name":"Heerlen Medical AI B.V.","kind":"START_UP","kvkNumber":"85678901","sbiCode":"62.01","city":"Heerlen","country":"NL","province":"Limburg","nuts2":"NL42","rom":"LIOF","technologies":["NTS05","NTS07"],"segments":[{"valueChain":"VC07","segment":"SOFTWARE"}],"trl":5,"externalIds":{},"version":1,"stamp":{"createdAt":"2026-12-02T01:09:14.667077331Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:14.667077331Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:14.680701', NULL, '', 'organisation', '71', ',LIOF,'),
(86, 'create', 'sample-data', '{"id":72,"name":"Gelderse Agro Vision B.V.","kind":"SME","kvkNumber":"09012345","sbiCode":"28.30","city":"Wageningen","country":"NL","province":"Gelderland","nuts2":"NL22","rom":"ONL","technologies":["NTS05","NTS07"],"segments":[{"valueChain":"VC09","segment":"INTEGRATION"}],"trl":7,"externalIds":{},"version":1,"stamp":{"createdAt":"2026-12-02T01:09:14.689956890Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:14.689956890Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:14.704133', NULL, '', 'organisation', '72', ',ONL,'),
(87, 'create', 'sample-data', '{"id":73,"name":"Chemelot Green Process B.V.","kind":"SCALE_UP","kvkNumber":"14034567","sbiCode":"20.14","city":"Geleen","country":"NL","province":"Limburg","nuts2":"NL42","rom":"LIOF","technologies":["NTS03"],"segments":[{"valueChain":"VC10","segment":"PRODUCTION"}],"trl":6,"externalIds":{"hubspot":"h-1023"},"version":1,"stamp":{"createdAt":"2026-12-02T01:09:14.713347221Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:14.713347221Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:14.723127', NULL, '', 'organisation', '73', ',LIOF,'),
(88, 'create', 'sample-data', '{"id":74,"name":"Drentse Battery Materials B.V.","kind":"START_UP","kvkNumber":"04012345","sbiCode":"20.13","city":"Emmen","country":"NL","province":"Drenthe","nuts2":"NL13","rom":"NOM","technologies":["NTS08"],"segments":[{"valueChain":"VC11","segment":"INPUTS"}],"trl":4,"externalIds":{},"version":1,"stamp":{"createdAt":"2026-12-02T01:09:14.723931400Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:14.723931400Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:14.739228', NULL, '', 'organisation', '74', ',NOM,'),
(89, 'create', 'sample-data', '{"id":75,"name":"Technische Universiteit Zuid","kind":"KNOWLEDGE_INSTITUTION","kvkNumber":null,"sbiCode":"85.42","city":"Eindhoven","country":"NL","province":"Noord-Brabant","nuts2":"NL41","rom":"BOM","technologies":["NTS01","NTS06","NTS09"],"segments":[{"valueChain":"VC01","segment":"DESIGN"},{"valueChain":"VC02","segment":"DESIGN"},{"valueChain":"VC04","segment":"SOFTWARE"}],"trl":null,"externalIds":{},"version":1,"stamp":{"createdAt":"2026-12-02T01:09:14.740049936Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:14.740049936Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:14.758055', NULL, '', 'organisation', '75', ',BOM,'),
(90, 'create', 'sample-data', '{"id":76,"name":"Instituut voor Quantum Onderzoek","kind":"KNOWLEDGE_INSTITUTION","kvkNumber":null,"sbiCode":"72.19","city":"Delft","country":"NL","province":"Zuid-Holland","nuts2":"NL36","rom":"IQ","technologies":["NTS02"],"segments":[{"valueChain":"VC03","segment":"HARDWARE"},{"valueChain":"VC03","segment":"NETWORKS"}],"trl":null,"externalIds":{},"version":1,"stamp":{"createdAt":"2026-12-02T01:09:14.759250223Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:14.759250223Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:14.772108', NULL, '', 'organisation', '76', ',IQ,');  
INSERT INTO "PUBLIC"."NTS_AUDIT" VALUES
(91, 'create', 'sample-data', '{"id":77,"name":"Provincie-brede Innovatiefonds Zuid","kind":"INVESTOR","kvkNumber":null,"sbiCode":"64.30","city":"Eindhoven","country":"NL","province":"Noord-Brabant","nuts2":"NL41","rom":"BOM","technologies":[],"segments":[],"trl":null,"externalIds":{},"version":1,"stamp":{"createdAt":"2026-12-02T01:09:14.781073118Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:14.781073118Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:14.783526', NULL, '', 'organisation', '77', ',BOM,'),
(92, 'create', 'sample-data', '{"id":78,"name":"Regionaal Defensie Innovatienetwerk","kind":"INTERMEDIARY","kvkNumber":null,"sbiCode":"94.11","city":"Breda","country":"NL","province":"Noord-Brabant","nuts2":"NL41","rom":"BOM","technologies":["NTS10"],"segments":[{"valueChain":"VC05","segment":"RESEARCH"}],"trl":null,"externalIds":{},"version":1,"stamp":{"createdAt":"2026-12-02T01:09:14.784276141Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:14.784276141Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:14.800832', NULL, '', 'organisation', '78', ',BOM,'),
(93, 'create', 'sample-data', '{"id":79,"name":"Ministerie van Defensie (Launching Customer Office)","kind":"GOVERNMENT","kvkNumber":null,"sbiCode":"84.22","city":"Den Haag","country":"NL","province":"Zuid-Holland","nuts2":"NL36","rom":"IQ","technologies":["NTS05","NTS10"],"segments":[{"valueChain":"VC05","segment":"END_USERS"}],"trl":null,"externalIds":{},"version":1,"stamp":{"createdAt":"2026-12-02T01:09:14.801765549Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:14.801765549Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:14.811203', NULL, '', 'organisation', '79', ',IQ,'),
(94, 'create', 'sample-data', '{"id":80,"name":"Rhein Lithografie GmbH","kind":"LARGE_COMPANY","kvkNumber":null,"sbiCode":"28.99","city":"Aachen","country":"DE","province":null,"nuts2":null,"rom":null,"technologies":["NTS06","NTS09"],"segments":[{"valueChain":"VC01","segment":"EQUIPMENT"}],"trl":9,"externalIds":{},"version":1,"stamp":{"createdAt":"2026-12-02T01:09:14.812089932Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:14.812089932Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:14.820426', NULL, '', 'organisation', '80', ''),
(95, 'create', 'sample-data', '{"id":81,"name":"Dresden Wafer Fab GmbH","kind":"LARGE_COMPANY","kvkNumber":null,"sbiCode":"26.11","city":"Dresden","country":"DE","province":null,"nuts2":null,"rom":null,"technologies":["NTS09"],"segments":[{"valueChain":"VC01","segment":"FRONTEND"}],"trl":9,"externalIds":{},"version":1,"stamp":{"createdAt":"2026-12-02T01:09:14.829600952Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:14.829600952Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:14.850074', NULL, '', 'organisation', '81', ''),
(96, 'create', 'sample-data', '{"id":82,"name":"Leuven Packaging Research","kind":"KNOWLEDGE_INSTITUTION","kvkNumber":null,"sbiCode":"72.19","city":"Leuven","country":"BE","province":null,"nuts2":null,"rom":null,"technologies":["NTS09"],"segments":[{"valueChain":"VC01","segment":"BACKEND"},{"valueChain":"VC01","segment":"DESIGN"}],"trl":null,"externalIds":{},"version":1,"stamp":{"createdAt":"2026-12-02T01:09:14.850953076Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:14.850953076Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:14.870695', NULL, '', 'organisation', '82', ''),
(97, 'create', 'sample-data', '{"id":83,"name":"Hsinchu Foundry Corporation","kind":"LARGE_COMPANY","kvkNumber":null,"sbiCode":"26.11","city":"Hsinchu","country":"TW","province":null,"nuts2":null,"rom":null,"technologies":["NTS09"],"segments":[{"valueChain":"VC01","segment":"FRONTEND"}],"trl":9,"externalIds":{},"version":1,"stamp":{"createdAt":"2026-12-02T01:09:14.871621941Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:14.871621941Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:14.883971', NULL, '', 'organisation', '83', ''),
(98, 'create', 'sample-data', '{"id":84,"name":"Penang Assembly and Test Sdn Bhd","kind":"LARGE_COMPANY","kvkNumber":null,"sbiCode":"26.11","city":"Penang","country":"MY","province":null,"nuts2":null,"rom":null,"technologies":["NTS09"],"segments":[{"valueChain":"VC01","segment":"BACKEND"}],"trl":9,"externalIds":{},"version":1,"stamp":{"createdAt":"2026-12-02T01:09:14.892938061Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:14.892938061Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:14.905025', NULL, '', 'organisation', '84', '');        
INSERT INTO "PUBLIC"."NTS_AUDIT" VALUES
(99, 'create', 'sample-data', '{"id":85,"name":"Gyeonggi Memory Fab Co.","kind":"LARGE_COMPANY","kvkNumber":null,"sbiCode":"26.11","city":"Suwon","country":"KR","province":null,"nuts2":null,"rom":null,"technologies":["NTS09"],"segments":[{"valueChain":"VC01","segment":"FRONTEND"}],"trl":9,"externalIds":{},"version":1,"stamp":{"createdAt":"2026-12-02T01:09:14.908065810Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:14.908065810Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:14.921136', NULL, '', 'organisation', '85', ''),
(100, 'create', 'sample-data', '{"id":86,"name":"Boulder Cryogenics Inc.","kind":"SME","kvkNumber":null,"sbiCode":"28.25","city":"Boulder","country":"US","province":null,"nuts2":null,"rom":null,"technologies":["NTS02"],"segments":[{"valueChain":"VC03","segment":"ENABLING"}],"trl":8,"externalIds":{},"version":1,"stamp":{"createdAt":"2026-12-02T01:09:14.922057888Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:14.922057888Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:14.935476', NULL, '', 'organisation', '86', ''),
(101, 'create', 'sample-data', '{"id":87,"name":"Osaka InP Epitaxy K.K.","kind":"SME","kvkNumber":null,"sbiCode":"20.59","city":"Osaka","country":"JP","province":null,"nuts2":null,"rom":null,"technologies":["NTS01"],"segments":[{"valueChain":"VC02","segment":"EPITAXY"}],"trl":8,"externalIds":{},"version":1,"stamp":{"createdAt":"2026-12-02T01:09:14.936283193Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:14.936283193Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:14.951324', NULL, '', 'organisation', '87', ''),
(102, 'create', 'sample-data', '{"id":88,"name":"Brainport Development N.V.","kind":"INTERMEDIARY","kvkNumber":null,"sbiCode":"70.22","city":"Eindhoven","country":"NL","province":"Noord-Brabant","nuts2":"NL41","rom":"BOM","technologies":["NTS01","NTS02","NTS05","NTS06","NTS09"],"segments":[],"trl":null,"externalIds":{},"version":1,"stamp":{"createdAt":"2026-12-02T01:09:14.952597049Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:14.952597049Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:14.966658', NULL, '', 'organisation', '88', ',BOM,'),
(103, 'create', 'sample-data', '{"id":21,"title":"NTS value chain workshop: semiconductors, photonics and high-tech equipment","date":"2025-05-07","place":"Brainport Industries Campus, Eindhoven","rom":"BOM","coOrganisers":["LIOF","IZ"],"technologies":["NTS01","NTS02","NTS05","NTS06","NTS09"],"valueChains":["VC01","VC02","VC04","VC05"],"organisations":[88,51,52,53,54,55,57,63,64,75,78,66,77,59],"participants":[{"name":"Anouk van der Heijden","role":"moderator, BOM","email":"a.vanderheijden@example.org","organisation":null},{"name":"Ruud Claessens","role":"innovation advisor, LIOF","email":null,"organisation":null},{"name":"Marieke de Visser","role":"programme manager, Impuls Zeeland","email":null,"organisation":null},{"name":"Joost Verhoeven","role":"cluster lead","email":null,"organisation":88},{"name":"Sanne Kuipers","role":"CEO","email":"sanne@example.org","organisation":57},{"name":"Pieter Mertens","role":"CTO","email":null,"organisation":55},{"name":"Fatima El Amrani","role":"operations director","email":null,"organisation":54},{"name":"Hans Bosman","role":"professor of semiconductor devices","email":null,"organisation":75},{"name":"Linda Jansen","role":"network coordinator","email":null,"organisation":78}],"version":1,"stamp":{"createdAt":"2026-12-02T01:09:14.978631780Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:14.978631780Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:15.063308', NULL, '', 'workshop', '21', ',BOM,'),
(104, 'create', 'sample-data', '{"id":51,"workshop":21,"organisation":51,"kind":"RISK","theme":"CHAIN_RESILIENCE","technologies":["NTS09"],"valueChain":"VC01","text":"The semiconductor value chain is vulnerable: we excel at the top of the chain (equipment, design) but depend on Asia for fabrication, assembly and test. A disruption there stops our customers within weeks.","status":"answered","rom":"BOM","answeredBy":[],"version":1,"stamp":{"createdAt":"2026-12-02T01:09:15.081373258Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:15.081373258Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:15.117279', NULL, '', 'input', '51', ',BOM,');              
INSERT INTO "PUBLIC"."NTS_AUDIT" VALUES
(105, 'create', 'sample-data', '{"id":52,"workshop":21,"organisation":75,"kind":"CHALLENGE","theme":"INFRASTRUCTURE","technologies":["NTS09"],"valueChain":"VC01","text":"There is no 300mm fab in the Netherlands: prototypes and small series of our partners are made abroad, with long queues and loss of know-how.","status":"answered","rom":"BOM","answeredBy":[],"version":1,"stamp":{"createdAt":"2026-12-02T01:09:15.120294328Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:15.120294328Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:15.132839', NULL, '', 'input', '52', ',BOM,'),
(106, 'create', 'sample-data', '{"id":53,"workshop":21,"organisation":54,"kind":"PROPOSAL","theme":"CHAIN_RESILIENCE","technologies":["NTS09"],"valueChain":"VC01","text":"Build more packaging and back-end capacity in the region, so that chips designed and made in Europe can also be assembled and tested here.","status":"answered","rom":"BOM","answeredBy":[],"version":1,"stamp":{"createdAt":"2026-12-02T01:09:15.133575697Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:15.133575697Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:15.145231', NULL, '', 'input', '53', ',BOM,'),
(107, 'create', 'sample-data', '{"id":54,"workshop":21,"organisation":57,"kind":"PROPOSAL","theme":"INFRASTRUCTURE","technologies":["NTS01","NTS09"],"valueChain":"VC02","text":"Open lab-to-fab pilot lines for start-ups: shared equipment and engineering support to get from a lab prototype to a first product without building a fab.","status":"answered","rom":"BOM","answeredBy":[],"version":1,"stamp":{"createdAt":"2026-12-02T01:09:15.145957555Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:15.145957555Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:15.157822', NULL, '', 'input', '54', ',BOM,'),
(108, 'create', 'sample-data', '{"id":55,"workshop":21,"organisation":55,"kind":"OPPORTUNITY","theme":"ECOSYSTEM","technologies":["NTS01"],"valueChain":"VC02","text":"The Eindhoven indium phosphide (InP) photonics ecosystem is world class: design houses, a foundry, packaging and users within thirty kilometres. Build on it.","status":"answered","rom":"BOM","answeredBy":[],"version":1,"stamp":{"createdAt":"2026-12-02T01:09:15.158639571Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:15.158639571Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:15.166072', NULL, '', 'input', '55', ',BOM,'),
(109, 'create', 'sample-data', '{"id":56,"workshop":21,"organisation":66,"kind":"OPPORTUNITY","theme":"MARKET_ACCESS","technologies":["NTS01","NTS05","NTS10"],"valueChain":"VC05","text":"Defence and aerospace need our sensors, photonics and precision mechanics; the European Defence Fund finances consortia, but SMEs rarely find their way into them.","status":"answered","rom":"BOM","answeredBy":[],"version":1,"stamp":{"createdAt":"2026-12-02T01:09:15.168811015Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:15.168811015Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:15.171861', NULL, '', 'input', '56', ',BOM,'),
(110, 'create', 'sample-data', '{"id":57,"workshop":21,"organisation":78,"kind":"PROPOSAL","theme":"MARKET_ACCESS","technologies":["NTS05","NTS10"],"valueChain":"VC05","text":"A defence innovation network that links SMEs to prime contractors and their tendering channels, with matchmaking around concrete programmes.","status":"answered","rom":"BOM","answeredBy":[],"version":1,"stamp":{"createdAt":"2026-12-02T01:09:15.172467964Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:15.172467964Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:15.184473', NULL, '', 'input', '57', ',BOM,'),
(111, 'create', 'sample-data', '{"id":58,"workshop":21,"organisation":null,"kind":"PROPOSAL","theme":"REGULATION","technologies":["NTS05","NTS10"],"valueChain":"VC05","text":"Pilots with the Ministry of Defence as launching customer: a first order gives start-ups the reference they need to sell abroad.","status":"answered","rom":"BOM","answeredBy":[],"version":1,"stamp":{"createdAt":"2026-12-02T01:09:15.189358170Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:15.189358170Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:15.197471', NULL, '', 'input', '58', ',BOM,');         
INSERT INTO "PUBLIC"."NTS_AUDIT" VALUES
(112, 'create', 'sample-data', '{"id":59,"workshop":21,"organisation":63,"kind":"CHALLENGE","theme":"TALENT","technologies":["NTS06","NTS09"],"valueChain":"VC04","text":"Shortage of specialised staff from vocational level to PhD. We need a talent roadmap, with routes for lateral entrants from other sectors.","status":"answered","rom":"BOM","answeredBy":[],"version":1,"stamp":{"createdAt":"2026-12-02T01:09:15.198134035Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:15.198134035Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:15.210229', NULL, '', 'input', '59', ',BOM,'),
(113, 'create', 'sample-data', '{"id":60,"workshop":21,"organisation":53,"kind":"CHALLENGE","theme":"CAPITAL","technologies":["NTS01","NTS09"],"valueChain":"VC02","text":"Too little venture capital for scale-ups: promising start-ups are bought by foreign parties early, and the knowledge leaves with them.","status":"answered","rom":"BOM","answeredBy":[],"version":1,"stamp":{"createdAt":"2026-12-02T01:09:15.210994747Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:15.210994747Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:15.223341', NULL, '', 'input', '60', ',BOM,'),
(114, 'create', 'sample-data', '{"id":61,"workshop":21,"organisation":59,"kind":"OPPORTUNITY","theme":"ECOSYSTEM","technologies":["NTS02"],"valueChain":"VC03","text":"Quantum start-ups need the same precision mechanics and cryogenic suppliers as the semiconductor equipment makers: connect the two communities.","status":"triaged","rom":"BOM","answeredBy":[],"version":1,"stamp":{"createdAt":"2026-12-02T01:09:15.223937921Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:15.223937921Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:15.241585', NULL, '', 'input', '61', ',BOM,'),
(115, 'create', 'sample-data', '{"id":21,"title":"Reinforcement plan semiconductors 2026-2030 (Brainport and Limburg)","valueChain":"VC01","roms":["BOM","LIOF"],"periodStart":"2026-01-01","periodEnd":"2030-12-31","status":"DRAFT","edition":1,"summary":"Draft answer to the workshop of 7 May 2025: more back-end capacity and pilot lines in the short term, a route to 300mm fabrication, talent and scale-up capital on the roadmap, and access for SMEs to defence programmes.","version":1,"stamp":{"createdAt":"2026-12-02T01:09:15.242455672Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:15.242455672Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:15.262409', NULL, '', 'plan', '21', ',BOM,LIOF,'),
(116, 'create', 'sample-data', '{"id":51,"plan":21,"title":"Back-end and packaging pilot capacity in Brainport","description":"Two pilot lines for advanced packaging, assembly and test, shared by SMEs and start-ups.","owner":54,"partners":[75,82],"horizon":"SHORT_TERM","start":"2026-03-01","end":"2028-12-31","budget":{"total":12000000,"publicFunding":5000000,"privateFunding":7000000,"fundingSource":"Regio Deal Brainport and EU Chips Act pilot lines"},"kpis":[{"indicator":"packaging and test lines in operation","baseline":0,"target":2,"unit":"lines","year":2028}],"status":"IN_PREPARATION","technologies":["NTS06","NTS09"],"inputs":[51,53],"roms":["BOM","LIOF"],"version":1,"stamp":{"createdAt":"2026-12-02T01:09:15.269778531Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:15.269778531Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:15.311047', NULL, '', 'action', '51', ',BOM,LIOF,'),
(117, 'create', 'sample-data', '{"id":52,"plan":21,"title":"Lab-to-fab pilot line access for start-ups","description":"Vouchers and engineering support for start-ups to use the InP and SiN pilot lines.","owner":55,"partners":[75,57],"horizon":"SHORT_TERM","start":"2026-01-01","end":"2027-12-31","budget":{"total":4500000,"publicFunding":3000000,"privateFunding":1500000,"fundingSource":"Provincial innovation fund"},"kpis":[{"indicator":"start-ups with pilot-line access","baseline":2,"target":15,"unit":"companies","year":2027}],"status":"FUNDED","technologies":["NTS01","NTS09"],"inputs":[54,55],"roms":["BOM","LIOF"],"version":1,"stamp":{"createdAt":"2026-12-02T01:09:15.338056592Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:15.338056592Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:15.360592', NULL, '', 'action', '52', ',BOM,LIOF,');           
INSERT INTO "PUBLIC"."NTS_AUDIT" VALUES
(118, 'create', 'sample-data', '{"id":53,"plan":21,"title":"Feasibility study: 300mm fabrication capacity in the Netherlands","description":null,"owner":75,"partners":[],"horizon":"ROADMAP","start":"2026-06-01","end":"2026-12-31","budget":{"total":800000,"publicFunding":800000,"privateFunding":0,"fundingSource":"Ministry of Economic Affairs"},"kpis":[{"indicator":"study with options and costs delivered","baseline":0,"target":1,"unit":"report","year":2026}],"status":"IDEA","technologies":["NTS06","NTS09"],"inputs":[52,51],"roms":["BOM","LIOF"],"version":1,"stamp":{"createdAt":"2026-12-02T01:09:15.369789812Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:15.369789812Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:15.384427', NULL, '', 'action', '53', ',BOM,LIOF,'),
(119, 'create', 'sample-data', '{"id":54,"plan":21,"title":"Defence innovation network: SMEs to prime contractors","description":"Matchmaking of regional SMEs with prime contractors around EDF calls, and pilots with the Ministry of Defence as launching customer.","owner":78,"partners":[66,51],"horizon":"SHORT_TERM","start":"2025-09-01","end":"2027-08-31","budget":{"total":1200000,"publicFunding":900000,"privateFunding":300000,"fundingSource":"European Defence Fund and Ministry of Defence"},"kpis":[{"indicator":"SME-prime matches","baseline":0,"target":25,"unit":"matches","year":2027},{"indicator":"launching-customer pilots","baseline":0,"target":3,"unit":"pilots","year":2027}],"status":"RUNNING","technologies":["NTS05","NTS09","NTS10"],"inputs":[56,57,58],"roms":["BOM","LIOF"],"version":1,"stamp":{"createdAt":"2026-12-02T01:09:15.385448223Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:15.385448223Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:15.400249', NULL, '', 'action', '54', ',BOM,LIOF,'),
(120, 'create', 'sample-data', '{"id":55,"plan":21,"title":"Semiconductor and mechatronics talent roadmap","description":null,"owner":75,"partners":[63],"horizon":"ROADMAP","start":"2026-09-01","end":"2030-08-31","budget":{"total":2000000,"publicFunding":1000000,"privateFunding":1000000,"fundingSource":"Regional talent fund"},"kpis":[{"indicator":"technicians and engineers trained, lateral entrants included","baseline":0,"target":500,"unit":"people","year":2030}],"status":"IN_PREPARATION","technologies":["NTS06","NTS09"],"inputs":[59],"roms":["BOM","LIOF"],"version":1,"stamp":{"createdAt":"2026-12-02T01:09:15.405276626Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:15.405276626Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:15.418799', NULL, '', 'action', '55', ',BOM,LIOF,'),
(121, 'create', 'sample-data', '{"id":56,"plan":21,"title":"Scale-up capital for deep-tech companies","description":null,"owner":77,"partners":[],"horizon":"ROADMAP","start":null,"end":null,"budget":{"total":50000000,"publicFunding":20000000,"privateFunding":30000000,"fundingSource":"Invest-NL with regional funds"},"kpis":[{"indicator":"scale-ups financed","baseline":0,"target":12,"unit":"companies","year":2030}],"status":"IDEA","technologies":["NTS01","NTS09"],"inputs":[60],"roms":["BOM","LIOF"],"version":1,"stamp":{"createdAt":"2026-12-02T01:09:15.419556182Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:15.419556182Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:15.438859', NULL, '', 'action', '56', ',BOM,LIOF,'),
(122, 'create', 'sample-data', '{"id":51,"source":"SEDIA","identifier":"EDF-2025-DA-SENS-EXAMPLE-01","programme":"European Defence Fund","title":"Sensor packaging for defence platforms","opening":"2025-06-12T00:00:00Z","deadline":"2025-10-16T17:00:00Z","budget":25000000,"status":"CLOSED","technologies":["NTS05","NTS09","NTS10"],"url":"https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities/topic-details/EDF-2025-DA-SENS-EXAMPLE-01","version":1,"stamp":{"createdAt":"2026-12-02T01:09:15.440263695Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:15.440263695Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:15.465965', NULL, '', 'funding call', '51', '');  
INSERT INTO "PUBLIC"."NTS_AUDIT" VALUES
(123, 'create', 'sample-data', '{"id":52,"source":"SEDIA","identifier":"HORIZON-CL4-2026-DIGITAL-EMERGING-EXAMPLE-02","programme":"Horizon Europe","title":"Quantum sensing pilot lines","opening":"2026-01-15T00:00:00Z","deadline":"2026-04-22T17:00:00Z","budget":40000000,"status":"FORTHCOMING","technologies":["NTS02"],"url":"https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities/topic-details/HORIZON-CL4-2026-DIGITAL-EMERGING-EXAMPLE-02","version":1,"stamp":{"createdAt":"2026-12-02T01:09:15.468108221Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:15.468108221Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:15.479765', NULL, '', 'funding call', '52', ''),
(124, 'create', 'sample-data', '{"id":53,"source":"RVO","identifier":"MIT-RD-2026-NB-EXAMPLE","programme":"MKB-innovatiestimulering Regio en Topsectoren (MIT), R&D-samenwerkingsprojecten","title":"MIT R&D collaboration projects Noord-Brabant 2026 (example)","opening":"2026-04-01T07:00:00Z","deadline":"2026-06-30T15:00:00Z","budget":3500000,"status":"FORTHCOMING","technologies":["NTS01","NTS06","NTS09"],"url":null,"version":1,"stamp":{"createdAt":"2026-12-02T01:09:15.480397722Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:15.480397722Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:15.491975', NULL, '', 'funding call', '53', ''),
(125, 'create', 'sample-data', '{"id":21,"call":51,"name":"SENSPACK: ruggedised sensor packaging","lead":66,"members":[{"organisation":54,"role":"partner"},{"organisation":65,"role":"partner"},{"organisation":82,"role":"research partner"},{"organisation":78,"role":"SME liaison"}],"rom":"BOM","version":1,"stamp":{"createdAt":"2026-12-02T01:09:15.494194578Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:15.494194578Z","updatedBy":"sample-data"}}', TIMESTAMP '2026-12-02 01:09:15.514537', NULL, '', 'consortium', '21', ',BOM,'),
(126, 'create', 'bench', '{"code":"VC-FIX","name":"Fixture chain","description":"made by the release","technologies":["NTS01","NTS09"],"roms":["BOM","LIOF"],"segments":[{"code":"FAB","name":"Fabrication"},{"code":"TEST","name":"Test"}],"version":1,"stamp":{"createdAt":"2026-12-02T01:09:56.043140903Z","createdBy":"bench","updatedAt":"2026-12-02T01:09:56.043140903Z","updatedBy":"bench"}}', TIMESTAMP '2026-12-02 01:09:56.051221', NULL, '', 'value chain', 'VC-FIX', ''),
(127, 'create', 'bench', '{"id":89,"name":"Fixture Photonics B.V.","kind":"SME","kvkNumber":"91234567","sbiCode":"26.11","city":"Eindhoven","country":"NL","province":"Noord-Brabant","nuts2":"NL41","rom":"BOM","technologies":["NTS01"],"segments":[{"valueChain":"VC-FIX","segment":"FAB"}],"trl":6,"externalIds":{"hubspot":"fx-1"},"version":1,"stamp":{"createdAt":"2026-12-02T01:09:56.099718436Z","createdBy":"bench","updatedAt":"2026-12-02T01:09:56.099718436Z","updatedBy":"bench"}}', TIMESTAMP '2026-12-02 01:09:56.110202', NULL, '', 'organisation', '89', ',BOM,'),
(128, 'create', 'bench', '{"id":90,"name":"Fixture Optics GmbH","kind":"LARGE_COMPANY","kvkNumber":null,"sbiCode":null,"city":"Aachen","country":"DE","province":null,"nuts2":null,"rom":null,"technologies":["NTS01"],"segments":[],"trl":null,"externalIds":{},"version":1,"stamp":{"createdAt":"2026-12-02T01:09:56.141491495Z","createdBy":"bench","updatedAt":"2026-12-02T01:09:56.141491495Z","updatedBy":"bench"}}', TIMESTAMP '2026-12-02 01:09:56.144075', NULL, '', 'organisation', '90', ''),
(129, 'create', 'bench', '{"id":22,"title":"Fixture workshop","date":"2026-03-12","place":"Eindhoven","rom":"BOM","coOrganisers":["LIOF"],"technologies":["NTS09"],"valueChains":["VC-FIX"],"organisations":[89,90],"participants":[{"name":"Ana de Vries","role":"CTO","email":"ana@example.org","organisation":89},{"name":"Bert Jansen","role":null,"email":null,"organisation":null}],"version":1,"stamp":{"createdAt":"2026-12-02T01:09:56.182362030Z","createdBy":"bench","updatedAt":"2026-12-02T01:09:56.182362030Z","updatedBy":"bench"}}', TIMESTAMP '2026-12-02 01:09:56.193621', NULL, '', 'workshop', '22', ',BOM,'),
(130, 'create', 'bench', '{"id":62,"workshop":22,"organisation":89,"kind":"CHALLENGE","theme":"TALENT","technologies":["NTS09"],"valueChain":"VC-FIX","text":"Too few cleanroom technicians; the text is long enough to matter: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx","status":"received","rom":"BOM","answeredBy":[],"version":1,"stamp":{"createdAt":"2026-12-02T01:09:56.259457147Z","createdBy":"bench","updatedAt":"2026-12-02T01:09:56.259457147Z","updatedBy":"bench"}}', TIMESTAMP '2026-12-02 01:09:56.269127', NULL, '', 'input', '62', ',BOM,');  
INSERT INTO "PUBLIC"."NTS_AUDIT" VALUES
(131, 'create', 'bench', U&'{"id":63,"workshop":22,"organisation":null,"kind":"PROPOSAL","theme":"CAPITAL","technologies":[],"valueChain":null,"text":"A shared pilot line \2014 with \00fcn\00efc\00f6d\00e9 and ''quotes''","status":"received","rom":"BOM","answeredBy":[],"version":1,"stamp":{"createdAt":"2026-12-02T01:09:56.307264347Z","createdBy":"bench","updatedAt":"2026-12-02T01:09:56.307264347Z","updatedBy":"bench"}}', TIMESTAMP '2026-12-02 01:09:56.309842', NULL, '', 'input', '63', ',BOM,'),
(132, 'transition', 'bench', '{"id":62,"workshop":22,"organisation":89,"kind":"CHALLENGE","theme":"TALENT","technologies":["NTS09"],"valueChain":"VC-FIX","text":"Too few cleanroom technicians; the text is long enough to matter: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx","status":"triaged","rom":"BOM","answeredBy":[],"version":2,"stamp":{"createdAt":"2026-12-02T01:09:56.259457Z","createdBy":"bench","updatedAt":"2026-12-02T01:09:56.363149713Z","updatedBy":"bench"}}', TIMESTAMP '2026-12-02 01:09:56.377132', '{"id":62,"workshop":22,"organisation":89,"kind":"CHALLENGE","theme":"TALENT","technologies":["NTS09"],"valueChain":"VC-FIX","text":"Too few cleanroom technicians; the text is long enough to matter: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx","status":"received","rom":"BOM","answeredBy":[],"version":1,"stamp":{"createdAt":"2026-12-02T01:09:56.259457Z","createdBy":"bench","updatedAt":"2026-12-02T01:09:56.259457Z","updatedBy":"bench"}}', 'status', 'input', '62', ',BOM,'),
(133, 'create', 'bench', '{"id":22,"title":"Fixture plan","valueChain":"VC-FIX","roms":["BOM","LIOF"],"periodStart":"2026-01-01","periodEnd":"2028-12-31","status":"DRAFT","edition":1,"summary":"made by the release","version":1,"stamp":{"createdAt":"2026-12-02T01:09:56.416606461Z","createdBy":"bench","updatedAt":"2026-12-02T01:09:56.416606461Z","updatedBy":"bench"}}', TIMESTAMP '2026-12-02 01:09:56.41962', NULL, '', 'plan', '22', ',BOM,LIOF,'),
(134, 'create', 'bench', '{"id":57,"plan":22,"title":"Fixture action","description":"trains technicians","owner":89,"partners":[90],"horizon":"ROADMAP","start":"2026-09-01","end":"2027-06-30","budget":{"total":250000.5,"publicFunding":150000,"privateFunding":100000.5,"fundingSource":"OP Zuid"},"kpis":[{"indicator":"technicians certified","baseline":0,"target":60,"unit":"people","year":2027}],"status":"IDEA","technologies":["NTS01","NTS09"],"inputs":[62],"roms":["BOM","LIOF"],"version":1,"stamp":{"createdAt":"2026-12-02T01:09:56.463612497Z","createdBy":"bench","updatedAt":"2026-12-02T01:09:56.463612497Z","updatedBy":"bench"}}', TIMESTAMP '2026-12-02 01:09:56.491251', NULL, '', 'action', '57', ',BOM,LIOF,'),
(135, 'create', 'bench', '{"id":54,"source":"RVO","identifier":"FIX-2026-01","programme":"Fixture programme","title":"Fixture call","opening":"2026-04-01T08:00:00Z","deadline":"2026-09-30T15:00:00Z","budget":1000000,"status":"OPEN","technologies":["NTS09"],"url":"https://example.org/call","version":1,"stamp":{"createdAt":"2026-12-02T01:09:56.526027111Z","createdBy":"bench","updatedAt":"2026-12-02T01:09:56.526027111Z","updatedBy":"bench"}}', TIMESTAMP '2026-12-02 01:09:56.528539', NULL, '', 'funding call', '54', ''),
(136, 'create', 'bench', '{"id":22,"call":54,"name":"Fixture consortium","lead":89,"members":[{"organisation":90,"role":"partner"}],"rom":"BOM","version":1,"stamp":{"createdAt":"2026-12-02T01:09:56.569793406Z","createdBy":"bench","updatedAt":"2026-12-02T01:09:56.569793406Z","updatedBy":"bench"}}', TIMESTAMP '2026-12-02 01:09:56.574552', NULL, '', 'consortium', '22', ',BOM,');     
INSERT INTO "PUBLIC"."NTS_AUDIT" VALUES
(137, 'token-create', 'bench', '{"id":11,"name":"fixture-token","user":"bench","hint":"nts_zdW9","roles":["kia-operator"],"createdAt":"2026-12-02T01:09:56.607772082Z","expiresAt":"2030-01-01T00:00:00Z","lastUsed":null,"revokedAt":null,"revokedBy":null,"status":"active"}', TIMESTAMP '2026-12-02 01:09:56.607772', NULL, '', 'token', '11', ''),
(138, 'token-create', 'bench', '{"id":12,"name":"fixture-revoked","user":"bench","hint":"nts_zZ6d","roles":["kia-operator"],"createdAt":"2026-12-02T01:09:56.664423800Z","expiresAt":null,"lastUsed":null,"revokedAt":null,"revokedBy":null,"status":"active"}', TIMESTAMP '2026-12-02 01:09:56.664424', NULL, '', 'token', '12', ''),
(139, 'token-revoke', 'bench', '{"id":12,"name":"fixture-revoked","user":"bench","hint":"nts_zZ6d","roles":["kia-operator"],"createdAt":"2026-12-02T01:09:56.664424Z","expiresAt":null,"lastUsed":null,"revokedAt":"2026-12-02T01:09:56.697932306Z","revokedBy":"bench","status":"revoked"}', TIMESTAMP '2026-12-02 01:09:56.697932', '{"id":12,"name":"fixture-revoked","user":"bench","hint":"nts_zZ6d","roles":["kia-operator"],"createdAt":"2026-12-02T01:09:56.664424Z","expiresAt":null,"lastUsed":null,"revokedAt":null,"revokedBy":null,"status":"active"}', 'revokedAt,revokedBy,status', 'token', '12', ''),
(140, 'update', 'bench', '{"id":22,"title":"Fixture workshop (renamed)","date":"2026-03-12","place":"Eindhoven","rom":"BOM","coOrganisers":[],"technologies":["NTS09"],"valueChains":["VC-FIX"],"organisations":[89],"participants":[{"name":"Ana de Vries","role":"CTO","email":null,"organisation":89}],"version":2,"stamp":{"createdAt":"2026-12-02T01:09:56.182362Z","createdBy":"bench","updatedAt":"2026-12-02T01:09:56.830204133Z","updatedBy":"bench"}}', TIMESTAMP '2026-12-02 01:09:56.841239', '{"id":22,"title":"Fixture workshop","date":"2026-03-12","place":"Eindhoven","rom":"BOM","coOrganisers":["LIOF"],"technologies":["NTS09"],"valueChains":["VC-FIX"],"organisations":[89,90],"participants":[{"name":"Ana de Vries","role":"CTO","email":"ana@example.org","organisation":89},{"name":"Bert Jansen","role":null,"email":null,"organisation":null}],"version":1,"stamp":{"createdAt":"2026-12-02T01:09:56.182362Z","createdBy":"bench","updatedAt":"2026-12-02T01:09:56.182362Z","updatedBy":"bench"}}', 'title,coOrganisers,organisations,participants', 'workshop', '22', ',BOM,'),
(141, 'delete', 'bench', NULL, TIMESTAMP '2026-12-02 01:09:56.893001', U&'{"id":63,"workshop":22,"organisation":null,"kind":"PROPOSAL","theme":"CAPITAL","technologies":[],"valueChain":null,"text":"A shared pilot line \2014 with \00fcn\00efc\00f6d\00e9 and ''quotes''","status":"received","rom":"BOM","answeredBy":[],"version":1,"stamp":{"createdAt":"2026-12-02T01:09:56.307264Z","createdBy":"bench","updatedAt":"2026-12-02T01:09:56.307264Z","updatedBy":"bench"}}', '', 'input', '63', ',BOM,'),
(142, 'delete', 'bench', NULL, TIMESTAMP '2026-12-02 01:09:56.95636', '{"code":"VC14","name":"Cybersecurity","description":"Illustrative sample chain: name and participating ROMs are examples to edit.","technologies":["NTS10"],"roms":["IQ","ONL","RUR"],"segments":[{"code":"RESEARCH","name":"Research"},{"code":"INPUTS","name":"Materials and inputs"},{"code":"PRODUCTION","name":"Production"},{"code":"INTEGRATION","name":"Systems and integration"},{"code":"MARKET","name":"Applications and market"}],"version":1,"stamp":{"createdAt":"2026-12-02T01:09:13.884180Z","createdBy":"sample-data","updatedAt":"2026-12-02T01:09:13.884180Z","updatedBy":"sample-data"}}', '', 'value chain', 'VC14', '');  
CREATE INDEX "PUBLIC"."INDEX_NTS_AUDIT_AT" ON "PUBLIC"."NTS_AUDIT"("AT" NULLS FIRST);          
CREATE INDEX "PUBLIC"."INDEX_NTS_AUDIT_ACTOR" ON "PUBLIC"."NTS_AUDIT"("ACTOR" NULLS FIRST);    
CREATE INDEX "PUBLIC"."INDEX_NTS_AUDIT_KIND_RECORD_KEY" ON "PUBLIC"."NTS_AUDIT"("KIND" NULLS FIRST, "RECORD_KEY" NULLS FIRST); 
CREATE CACHED TABLE "PUBLIC"."NTS_ROM"(
    "CODE" CHARACTER VARYING(20) NOT NULL,
    "NAME" CHARACTER VARYING(200) NOT NULL
);               
ALTER TABLE "PUBLIC"."NTS_ROM" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_B" PRIMARY KEY("CODE");     
-- 9 +/- SELECT COUNT(*) FROM PUBLIC.NTS_ROM;  
INSERT INTO "PUBLIC"."NTS_ROM" VALUES
('IZ', 'Impuls Zeeland'),
('RUR', 'ROM Utrecht Region'),
('ONL', 'Oost NL'),
('INW', 'ROM InWest'),
('LIOF', 'LIOF'),
('HF', 'Horizon Flevoland'),
('NOM', 'NOM'),
('IQ', 'InnovationQuarter'),
('BOM', 'Brabantse Ontwikkelings Maatschappij');         
CREATE CACHED TABLE "PUBLIC"."NTS_ACTION"(
    "ID" BIGINT NOT NULL,
    "DESCRIPTION" CHARACTER VARYING(4000),
    "END_DATE" DATE,
    "HORIZON" CHARACTER VARYING(20) NOT NULL,
    "START_DATE" DATE,
    "STATUS" CHARACTER VARYING(20) NOT NULL,
    "TITLE" CHARACTER VARYING(200) NOT NULL,
    "VERSION" BIGINT NOT NULL,
    "FUNDING_SOURCE" CHARACTER VARYING(200),
    "BUDGET_PRIVATE" NUMERIC(15, 2),
    "BUDGET_PUBLIC" NUMERIC(15, 2),
    "BUDGET_TOTAL" NUMERIC(15, 2),
    "CREATED_AT" TIMESTAMP NOT NULL,
    "CREATED_BY" CHARACTER VARYING(100) NOT NULL,
    "UPDATED_AT" TIMESTAMP NOT NULL,
    "UPDATED_BY" CHARACTER VARYING(100) NOT NULL,
    "OWNER_ID" BIGINT,
    "PLAN_ID" BIGINT NOT NULL
);              
ALTER TABLE "PUBLIC"."NTS_ACTION" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_D" PRIMARY KEY("ID");    
-- 7 +/- SELECT COUNT(*) FROM PUBLIC.NTS_ACTION;               
INSERT INTO "PUBLIC"."NTS_ACTION" VALUES
(51, 'Two pilot lines for advanced packaging, assembly and test, shared by SMEs and start-ups.', DATE '2028-12-31', 'SHORT_TERM', DATE '2026-03-01', 'IN_PREPARATION', 'Back-end and packaging pilot capacity in Brainport', 1, 'Regio Deal Brainport and EU Chips Act pilot lines', 7000000.00, 5000000.00, 12000000.00, TIMESTAMP '2026-12-02 01:09:15.269779', 'sample-data', TIMESTAMP '2026-12-02 01:09:15.269779', 'sample-data', 54, 21),
(52, 'Vouchers and engineering support for start-ups to use the InP and SiN pilot lines.', DATE '2027-12-31', 'SHORT_TERM', DATE '2026-01-01', 'FUNDED', 'Lab-to-fab pilot line access for start-ups', 1, 'Provincial innovation fund', 1500000.00, 3000000.00, 4500000.00, TIMESTAMP '2026-12-02 01:09:15.338057', 'sample-data', TIMESTAMP '2026-12-02 01:09:15.338057', 'sample-data', 55, 21),
(53, NULL, DATE '2026-12-31', 'ROADMAP', DATE '2026-06-01', 'IDEA', 'Feasibility study: 300mm fabrication capacity in the Netherlands', 1, 'Ministry of Economic Affairs', 0.00, 800000.00, 800000.00, TIMESTAMP '2026-12-02 01:09:15.36979', 'sample-data', TIMESTAMP '2026-12-02 01:09:15.36979', 'sample-data', 75, 21),
(54, 'Matchmaking of regional SMEs with prime contractors around EDF calls, and pilots with the Ministry of Defence as launching customer.', DATE '2027-08-31', 'SHORT_TERM', DATE '2025-09-01', 'RUNNING', 'Defence innovation network: SMEs to prime contractors', 1, 'European Defence Fund and Ministry of Defence', 300000.00, 900000.00, 1200000.00, TIMESTAMP '2026-12-02 01:09:15.385448', 'sample-data', TIMESTAMP '2026-12-02 01:09:15.385448', 'sample-data', 78, 21),
(55, NULL, DATE '2030-08-31', 'ROADMAP', DATE '2026-09-01', 'IN_PREPARATION', 'Semiconductor and mechatronics talent roadmap', 1, 'Regional talent fund', 1000000.00, 1000000.00, 2000000.00, TIMESTAMP '2026-12-02 01:09:15.405277', 'sample-data', TIMESTAMP '2026-12-02 01:09:15.405277', 'sample-data', 75, 21),
(56, NULL, NULL, 'ROADMAP', NULL, 'IDEA', 'Scale-up capital for deep-tech companies', 1, 'Invest-NL with regional funds', 30000000.00, 20000000.00, 50000000.00, TIMESTAMP '2026-12-02 01:09:15.419556', 'sample-data', TIMESTAMP '2026-12-02 01:09:15.419556', 'sample-data', 77, 21),
(57, 'trains technicians', DATE '2027-06-30', 'ROADMAP', DATE '2026-09-01', 'IDEA', 'Fixture action', 1, 'OP Zuid', 100000.50, 150000.00, 250000.50, TIMESTAMP '2026-12-02 01:09:56.463612', 'bench', TIMESTAMP '2026-12-02 01:09:56.463612', 'bench', 89, 22);        
CREATE CACHED TABLE "PUBLIC"."NTS_CONSORTIUM"(
    "ID" BIGINT NOT NULL,
    "NAME" CHARACTER VARYING(200) NOT NULL,
    "VERSION" BIGINT NOT NULL,
    "CREATED_AT" TIMESTAMP NOT NULL,
    "CREATED_BY" CHARACTER VARYING(100) NOT NULL,
    "UPDATED_AT" TIMESTAMP NOT NULL,
    "UPDATED_BY" CHARACTER VARYING(100) NOT NULL,
    "CALL_ID" BIGINT NOT NULL,
    "LEAD_ID" BIGINT NOT NULL,
    "ROM_CODE" CHARACTER VARYING(20)
);        
ALTER TABLE "PUBLIC"."NTS_CONSORTIUM" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_DD" PRIMARY KEY("ID");               
-- 2 +/- SELECT COUNT(*) FROM PUBLIC.NTS_CONSORTIUM;           
INSERT INTO "PUBLIC"."NTS_CONSORTIUM" VALUES
(21, 'SENSPACK: ruggedised sensor packaging', 1, TIMESTAMP '2026-12-02 01:09:15.494195', 'sample-data', TIMESTAMP '2026-12-02 01:09:15.494195', 'sample-data', 51, 66, 'BOM'),
(22, 'Fixture consortium', 1, TIMESTAMP '2026-12-02 01:09:56.569793', 'bench', TIMESTAMP '2026-12-02 01:09:56.569793', 'bench', 54, 89, 'BOM');    
CREATE CACHED TABLE "PUBLIC"."NTS_FUNDING_CALL"(
    "ID" BIGINT NOT NULL,
    "BUDGET" NUMERIC(15, 2),
    "DEADLINE" TIMESTAMP,
    "IDENTIFIER" CHARACTER VARYING(100) NOT NULL,
    "OPENING" TIMESTAMP,
    "PROGRAMME" CHARACTER VARYING(200),
    "SOURCE" CHARACTER VARYING(50) NOT NULL,
    "STATUS" CHARACTER VARYING(20) NOT NULL,
    "TITLE" CHARACTER VARYING(300) NOT NULL,
    "URL" CHARACTER VARYING(500),
    "VERSION" BIGINT NOT NULL,
    "CREATED_AT" TIMESTAMP NOT NULL,
    "CREATED_BY" CHARACTER VARYING(100) NOT NULL,
    "UPDATED_AT" TIMESTAMP NOT NULL,
    "UPDATED_BY" CHARACTER VARYING(100) NOT NULL
);   
ALTER TABLE "PUBLIC"."NTS_FUNDING_CALL" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_8" PRIMARY KEY("ID");              
-- 4 +/- SELECT COUNT(*) FROM PUBLIC.NTS_FUNDING_CALL;         
INSERT INTO "PUBLIC"."NTS_FUNDING_CALL" VALUES
(51, 25000000.00, TIMESTAMP '2025-10-16 17:00:00', 'EDF-2025-DA-SENS-EXAMPLE-01', TIMESTAMP '2025-06-12 00:00:00', 'European Defence Fund', 'SEDIA', 'CLOSED', 'Sensor packaging for defence platforms', 'https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities/topic-details/EDF-2025-DA-SENS-EXAMPLE-01', 1, TIMESTAMP '2026-12-02 01:09:15.440264', 'sample-data', TIMESTAMP '2026-12-02 01:09:15.440264', 'sample-data'),
(52, 40000000.00, TIMESTAMP '2026-04-22 17:00:00', 'HORIZON-CL4-2026-DIGITAL-EMERGING-EXAMPLE-02', TIMESTAMP '2026-01-15 00:00:00', 'Horizon Europe', 'SEDIA', 'FORTHCOMING', 'Quantum sensing pilot lines', 'https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities/topic-details/HORIZON-CL4-2026-DIGITAL-EMERGING-EXAMPLE-02', 1, TIMESTAMP '2026-12-02 01:09:15.468108', 'sample-data', TIMESTAMP '2026-12-02 01:09:15.468108', 'sample-data'),
(53, 3500000.00, TIMESTAMP '2026-06-30 15:00:00', 'MIT-RD-2026-NB-EXAMPLE', TIMESTAMP '2026-04-01 07:00:00', 'MKB-innovatiestimulering Regio en Topsectoren (MIT), R&D-samenwerkingsprojecten', 'RVO', 'FORTHCOMING', 'MIT R&D collaboration projects Noord-Brabant 2026 (example)', NULL, 1, TIMESTAMP '2026-12-02 01:09:15.480398', 'sample-data', TIMESTAMP '2026-12-02 01:09:15.480398', 'sample-data'),
(54, 1000000.00, TIMESTAMP '2026-09-30 15:00:00', 'FIX-2026-01', TIMESTAMP '2026-04-01 08:00:00', 'Fixture programme', 'RVO', 'OPEN', 'Fixture call', 'https://example.org/call', 1, TIMESTAMP '2026-12-02 01:09:56.526027', 'bench', TIMESTAMP '2026-12-02 01:09:56.526027', 'bench');               
CREATE CACHED TABLE "PUBLIC"."NTS_ORGANISATION"(
    "ID" BIGINT NOT NULL,
    "CITY" CHARACTER VARYING(100),
    "COUNTRY" CHARACTER VARYING(2) NOT NULL,
    "KIND" CHARACTER VARYING(30) NOT NULL,
    "KVK_NUMBER" CHARACTER VARYING(8),
    "NAME" CHARACTER VARYING(200) NOT NULL,
    "NUTS2" CHARACTER VARYING(10),
    "PROVINCE" CHARACTER VARYING(100),
    "SBI_CODE" CHARACTER VARYING(10),
    "TRL" INTEGER,
    "VERSION" BIGINT NOT NULL,
    "CREATED_AT" TIMESTAMP NOT NULL,
    "CREATED_BY" CHARACTER VARYING(100) NOT NULL,
    "UPDATED_AT" TIMESTAMP NOT NULL,
    "UPDATED_BY" CHARACTER VARYING(100) NOT NULL,
    "ROM_CODE" CHARACTER VARYING(20)
);               
ALTER TABLE "PUBLIC"."NTS_ORGANISATION" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_B86" PRIMARY KEY("ID");            
-- 40 +/- SELECT COUNT(*) FROM PUBLIC.NTS_ORGANISATION;        
INSERT INTO "PUBLIC"."NTS_ORGANISATION" VALUES
(51, 'Veldhoven', 'NL', 'SME', '70412345', 'Kempenland Lithography Components B.V.', 'NL41', 'Noord-Brabant', '28.99', 8, 1, TIMESTAMP '2026-12-02 01:09:13.906857', 'sample-data', TIMESTAMP '2026-12-02 01:09:13.906857', 'sample-data', 'BOM'),
(52, 'Eindhoven', 'NL', 'SME', '70412346', 'Brainport Precision Motion B.V.', 'NL41', 'Noord-Brabant', '28.41', 7, 1, TIMESTAMP '2026-12-02 01:09:14.102787', 'sample-data', TIMESTAMP '2026-12-02 01:09:14.102787', 'sample-data', 'BOM'),
(53, 'Eindhoven', 'NL', 'START_UP', '81234567', 'Dommel Chip Design B.V.', 'NL41', 'Noord-Brabant', '62.01', 5, 1, TIMESTAMP '2026-12-02 01:09:14.239229', 'sample-data', TIMESTAMP '2026-12-02 01:09:14.239229', 'sample-data', 'BOM'),
(54, 'Nijmegen', 'NL', 'SME', '70412347', 'Waalre Packaging Solutions B.V.', 'NL22', 'Gelderland', '26.11', 6, 1, TIMESTAMP '2026-12-02 01:09:14.252363', 'sample-data', TIMESTAMP '2026-12-02 01:09:14.252363', 'sample-data', 'ONL'),
(55, 'Eindhoven', 'NL', 'SCALE_UP', '75234561', 'Photon Valley InP Foundry B.V.', 'NL41', 'Noord-Brabant', '26.11', 7, 1, TIMESTAMP '2026-12-02 01:09:14.272661', 'sample-data', TIMESTAMP '2026-12-02 01:09:14.272661', 'sample-data', 'BOM'),
(56, 'Enschede', 'NL', 'SCALE_UP', '75234562', 'Twente Nitride Photonics B.V.', 'NL21', 'Overijssel', '26.11', 6, 1, TIMESTAMP '2026-12-02 01:09:14.291006', 'sample-data', TIMESTAMP '2026-12-02 01:09:14.291006', 'sample-data', 'ONL'),
(57, 'Eindhoven', 'NL', 'START_UP', '82345671', 'Lichtweg Modules B.V.', 'NL41', 'Noord-Brabant', '26.70', 5, 1, TIMESTAMP '2026-12-02 01:09:14.315757', 'sample-data', TIMESTAMP '2026-12-02 01:09:14.315757', 'sample-data', 'BOM'),
(58, 'Rotterdam', 'NL', 'SME', '72345672', 'Maasvlakte Datacom Optics B.V.', 'NL36', 'Zuid-Holland', '27.31', 7, 1, TIMESTAMP '2026-12-02 01:09:14.373923', 'sample-data', TIMESTAMP '2026-12-02 01:09:14.373923', 'sample-data', 'IQ'),
(59, 'Delft', 'NL', 'START_UP', '83456781', 'Delftse Qubit Hardware B.V.', 'NL36', 'Zuid-Holland', '26.11', 4, 1, TIMESTAMP '2026-12-02 01:09:14.392103', 'sample-data', TIMESTAMP '2026-12-02 01:09:14.392103', 'sample-data', 'IQ'),
(60, 'Leiden', 'NL', 'SME', '73456782', 'Cryo Leiden Instruments B.V.', 'NL36', 'Zuid-Holland', '26.51', 7, 1, TIMESTAMP '2026-12-02 01:09:14.415558', 'sample-data', TIMESTAMP '2026-12-02 01:09:14.415558', 'sample-data', 'IQ'),
(61, 'Amsterdam', 'NL', 'START_UP', '83456783', 'Amstel Quantum Software B.V.', 'NL32', 'Noord-Holland', '62.01', 4, 1, TIMESTAMP '2026-12-02 01:09:14.443136', 'sample-data', TIMESTAMP '2026-12-02 01:09:14.443136', 'sample-data', 'INW'),
(62, 'Utrecht', 'NL', 'START_UP', '83456784', 'Utrecht Quantum Sensing B.V.', 'NL35', 'Utrecht', '26.51', 3, 1, TIMESTAMP '2026-12-02 01:09:14.463258', 'sample-data', TIMESTAMP '2026-12-02 01:09:14.463258', 'sample-data', 'RUR'),
(63, 'Venlo', 'NL', 'LARGE_COMPANY', '14012345', 'Limburg Mechatronics Group B.V.', 'NL42', 'Limburg', '28.99', 9, 1, TIMESTAMP '2026-12-02 01:09:14.477834', 'sample-data', TIMESTAMP '2026-12-02 01:09:14.477834', 'sample-data', 'LIOF'),
(64, 'Vlissingen', 'NL', 'SME', '22012345', 'Zeeuwse Maintenance Services B.V.', 'NL34', 'Zeeland', '33.12', 9, 1, TIMESTAMP '2026-12-02 01:09:14.501952', 'sample-data', TIMESTAMP '2026-12-02 01:09:14.501952', 'sample-data', 'IZ'),
(65, 'Groningen', 'NL', 'SME', '02012345', 'Noordelijke Sensor Systems B.V.', 'NL11', 'Groningen', '26.51', 6, 1, TIMESTAMP '2026-12-02 01:09:14.526775', 'sample-data', TIMESTAMP '2026-12-02 01:09:14.526775', 'sample-data', 'NOM'),
(66, 'Den Haag', 'NL', 'LARGE_COMPANY', '27012345', 'Hollandse Defence Integration B.V.', 'NL36', 'Zuid-Holland', '30.40', 9, 1, TIMESTAMP '2026-12-02 01:09:14.553027', 'sample-data', TIMESTAMP '2026-12-02 01:09:14.553027', 'sample-data', 'IQ'),
(67, 'Almere', 'NL', 'START_UP', '84567891', 'Flevo Drone Imaging B.V.', 'NL23', 'Flevoland', '26.70', 5, 1, TIMESTAMP '2026-12-02 01:09:14.581233', 'sample-data', TIMESTAMP '2026-12-02 01:09:14.581233', 'sample-data', 'HF'),
(68, 'Delft', 'NL', 'SCALE_UP', '74567892', 'Delft Nanosat Platforms B.V.', 'NL36', 'Zuid-Holland', '30.30', 7, 1, TIMESTAMP '2026-12-02 01:09:14.599393', 'sample-data', TIMESTAMP '2026-12-02 01:09:14.599393', 'sample-data', 'IQ');          
INSERT INTO "PUBLIC"."NTS_ORGANISATION" VALUES
(69, 'Noordwijk', 'NL', 'START_UP', '84567893', 'Noordwijk Laser Communication B.V.', 'NL36', 'Zuid-Holland', '26.30', 5, 1, TIMESTAMP '2026-12-02 01:09:14.623891', 'sample-data', TIMESTAMP '2026-12-02 01:09:14.623891', 'sample-data', 'IQ'),
(70, 'Maastricht', 'NL', 'SME', '14023456', 'Maastricht Imaging Devices B.V.', 'NL42', 'Limburg', '26.60', 7, 1, TIMESTAMP '2026-12-02 01:09:14.646931', 'sample-data', TIMESTAMP '2026-12-02 01:09:14.646931', 'sample-data', 'LIOF'),
(71, 'Heerlen', 'NL', 'START_UP', '85678901', 'Heerlen Medical AI B.V.', 'NL42', 'Limburg', '62.01', 5, 1, TIMESTAMP '2026-12-02 01:09:14.667077', 'sample-data', TIMESTAMP '2026-12-02 01:09:14.667077', 'sample-data', 'LIOF'),
(72, 'Wageningen', 'NL', 'SME', '09012345', 'Gelderse Agro Vision B.V.', 'NL22', 'Gelderland', '28.30', 7, 1, TIMESTAMP '2026-12-02 01:09:14.689957', 'sample-data', TIMESTAMP '2026-12-02 01:09:14.689957', 'sample-data', 'ONL'),
(73, 'Geleen', 'NL', 'SCALE_UP', '14034567', 'Chemelot Green Process B.V.', 'NL42', 'Limburg', '20.14', 6, 1, TIMESTAMP '2026-12-02 01:09:14.713347', 'sample-data', TIMESTAMP '2026-12-02 01:09:14.713347', 'sample-data', 'LIOF'),
(74, 'Emmen', 'NL', 'START_UP', '04012345', 'Drentse Battery Materials B.V.', 'NL13', 'Drenthe', '20.13', 4, 1, TIMESTAMP '2026-12-02 01:09:14.723931', 'sample-data', TIMESTAMP '2026-12-02 01:09:14.723931', 'sample-data', 'NOM'),
(75, 'Eindhoven', 'NL', 'KNOWLEDGE_INSTITUTION', NULL, 'Technische Universiteit Zuid', 'NL41', 'Noord-Brabant', '85.42', NULL, 1, TIMESTAMP '2026-12-02 01:09:14.74005', 'sample-data', TIMESTAMP '2026-12-02 01:09:14.74005', 'sample-data', 'BOM'),
(76, 'Delft', 'NL', 'KNOWLEDGE_INSTITUTION', NULL, 'Instituut voor Quantum Onderzoek', 'NL36', 'Zuid-Holland', '72.19', NULL, 1, TIMESTAMP '2026-12-02 01:09:14.75925', 'sample-data', TIMESTAMP '2026-12-02 01:09:14.75925', 'sample-data', 'IQ'),
(77, 'Eindhoven', 'NL', 'INVESTOR', NULL, 'Provincie-brede Innovatiefonds Zuid', 'NL41', 'Noord-Brabant', '64.30', NULL, 1, TIMESTAMP '2026-12-02 01:09:14.781073', 'sample-data', TIMESTAMP '2026-12-02 01:09:14.781073', 'sample-data', 'BOM'),
(78, 'Breda', 'NL', 'INTERMEDIARY', NULL, 'Regionaal Defensie Innovatienetwerk', 'NL41', 'Noord-Brabant', '94.11', NULL, 1, TIMESTAMP '2026-12-02 01:09:14.784276', 'sample-data', TIMESTAMP '2026-12-02 01:09:14.784276', 'sample-data', 'BOM'),
(79, 'Den Haag', 'NL', 'GOVERNMENT', NULL, 'Ministerie van Defensie (Launching Customer Office)', 'NL36', 'Zuid-Holland', '84.22', NULL, 1, TIMESTAMP '2026-12-02 01:09:14.801766', 'sample-data', TIMESTAMP '2026-12-02 01:09:14.801766', 'sample-data', 'IQ'),
(80, 'Aachen', 'DE', 'LARGE_COMPANY', NULL, 'Rhein Lithografie GmbH', NULL, NULL, '28.99', 9, 1, TIMESTAMP '2026-12-02 01:09:14.81209', 'sample-data', TIMESTAMP '2026-12-02 01:09:14.81209', 'sample-data', NULL),
(81, 'Dresden', 'DE', 'LARGE_COMPANY', NULL, 'Dresden Wafer Fab GmbH', NULL, NULL, '26.11', 9, 1, TIMESTAMP '2026-12-02 01:09:14.829601', 'sample-data', TIMESTAMP '2026-12-02 01:09:14.829601', 'sample-data', NULL),
(82, 'Leuven', 'BE', 'KNOWLEDGE_INSTITUTION', NULL, 'Leuven Packaging Research', NULL, NULL, '72.19', NULL, 1, TIMESTAMP '2026-12-02 01:09:14.850953', 'sample-data', TIMESTAMP '2026-12-02 01:09:14.850953', 'sample-data', NULL),
(83, 'Hsinchu', 'TW', 'LARGE_COMPANY', NULL, 'Hsinchu Foundry Corporation', NULL, NULL, '26.11', 9, 1, TIMESTAMP '2026-12-02 01:09:14.871622', 'sample-data', TIMESTAMP '2026-12-02 01:09:14.871622', 'sample-data', NULL),
(84, 'Penang', 'MY', 'LARGE_COMPANY', NULL, 'Penang Assembly and Test Sdn Bhd', NULL, NULL, '26.11', 9, 1, TIMESTAMP '2026-12-02 01:09:14.892938', 'sample-data', TIMESTAMP '2026-12-02 01:09:14.892938', 'sample-data', NULL),
(85, 'Suwon', 'KR', 'LARGE_COMPANY', NULL, 'Gyeonggi Memory Fab Co.', NULL, NULL, '26.11', 9, 1, TIMESTAMP '2026-12-02 01:09:14.908066', 'sample-data', TIMESTAMP '2026-12-02 01:09:14.908066', 'sample-data', NULL),
(86, 'Boulder', 'US', 'SME', NULL, 'Boulder Cryogenics Inc.', NULL, NULL, '28.25', 8, 1, TIMESTAMP '2026-12-02 01:09:14.922058', 'sample-data', TIMESTAMP '2026-12-02 01:09:14.922058', 'sample-data', NULL);        
INSERT INTO "PUBLIC"."NTS_ORGANISATION" VALUES
(87, 'Osaka', 'JP', 'SME', NULL, 'Osaka InP Epitaxy K.K.', NULL, NULL, '20.59', 8, 1, TIMESTAMP '2026-12-02 01:09:14.936283', 'sample-data', TIMESTAMP '2026-12-02 01:09:14.936283', 'sample-data', NULL),
(88, 'Eindhoven', 'NL', 'INTERMEDIARY', NULL, 'Brainport Development N.V.', 'NL41', 'Noord-Brabant', '70.22', NULL, 1, TIMESTAMP '2026-12-02 01:09:14.952597', 'sample-data', TIMESTAMP '2026-12-02 01:09:14.952597', 'sample-data', 'BOM'),
(89, 'Eindhoven', 'NL', 'SME', '91234567', 'Fixture Photonics B.V.', 'NL41', 'Noord-Brabant', '26.11', 6, 1, TIMESTAMP '2026-12-02 01:09:56.099718', 'bench', TIMESTAMP '2026-12-02 01:09:56.099718', 'bench', 'BOM'),
(90, 'Aachen', 'DE', 'LARGE_COMPANY', NULL, 'Fixture Optics GmbH', NULL, NULL, NULL, NULL, 1, TIMESTAMP '2026-12-02 01:09:56.141491', 'bench', TIMESTAMP '2026-12-02 01:09:56.141491', 'bench', NULL);           
CREATE CACHED TABLE "PUBLIC"."NTS_TECHNOLOGY"(
    "CODE" CHARACTER VARYING(20) NOT NULL,
    "NAME_EN" CHARACTER VARYING(200) NOT NULL,
    "NAME_NL" CHARACTER VARYING(200) NOT NULL
);      
ALTER TABLE "PUBLIC"."NTS_TECHNOLOGY" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_8C" PRIMARY KEY("CODE");             
-- 10 +/- SELECT COUNT(*) FROM PUBLIC.NTS_TECHNOLOGY;          
INSERT INTO "PUBLIC"."NTS_TECHNOLOGY" VALUES
('NTS09', 'Semiconductor technologies', 'Halfgeleidertechnologie'),
('NTS10', 'Cybersecurity technologies', U&'Cybersecuritytechnologie\00ebn'),
('NTS03', 'Process technology including process intensification', 'Procestechnologie, inclusief procesintensivering'),
('NTS04', 'Biomolecular and cell technology', 'Biomoleculaire en celtechnologie'),
('NTS05', 'Imaging technologies', U&'Imaging-/beeldvormingstechnologie\00ebn'),
('NTS06', 'Mechatronics and opto-mechatronics', 'Mechatronica en optomechatronica'),
('NTS08', 'Energy materials', 'Energiematerialen'),
('NTS01', 'Optical systems and integrated photonics', U&'Optische systemen en ge\00efntegreerde fotonica'),
('NTS07', 'Artificial intelligence and data science', 'Artificial intelligence en datascience'),
('NTS02', 'Quantum technologies', 'Quantumtechnologie');         
CREATE CACHED TABLE "PUBLIC"."NTS_PLAN"(
    "ID" BIGINT NOT NULL,
    "EDITION" INTEGER NOT NULL,
    "PERIOD_END" DATE NOT NULL,
    "PERIOD_START" DATE NOT NULL,
    "STATUS" CHARACTER VARYING(20) NOT NULL,
    "SUMMARY" CHARACTER VARYING(4000),
    "TITLE" CHARACTER VARYING(200) NOT NULL,
    "VERSION" BIGINT NOT NULL,
    "CREATED_AT" TIMESTAMP NOT NULL,
    "CREATED_BY" CHARACTER VARYING(100) NOT NULL,
    "UPDATED_AT" TIMESTAMP NOT NULL,
    "UPDATED_BY" CHARACTER VARYING(100) NOT NULL,
    "VALUE_CHAIN_ID" BIGINT NOT NULL
);     
ALTER TABLE "PUBLIC"."NTS_PLAN" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_9" PRIMARY KEY("ID");      
-- 2 +/- SELECT COUNT(*) FROM PUBLIC.NTS_PLAN; 
INSERT INTO "PUBLIC"."NTS_PLAN" VALUES
(21, 1, DATE '2030-12-31', DATE '2026-01-01', 'DRAFT', 'Draft answer to the workshop of 7 May 2025: more back-end capacity and pilot lines in the short term, a route to 300mm fabrication, talent and scale-up capital on the roadmap, and access for SMEs to defence programmes.', 'Reinforcement plan semiconductors 2026-2030 (Brainport and Limburg)', 1, TIMESTAMP '2026-12-02 01:09:15.242456', 'sample-data', TIMESTAMP '2026-12-02 01:09:15.242456', 'sample-data', 21),
(22, 1, DATE '2028-12-31', DATE '2026-01-01', 'DRAFT', 'made by the release', 'Fixture plan', 1, TIMESTAMP '2026-12-02 01:09:56.416606', 'bench', TIMESTAMP '2026-12-02 01:09:56.416606', 'bench', 35);               
CREATE CACHED TABLE "PUBLIC"."NTS_WORKSHOP"(
    "ID" BIGINT NOT NULL,
    "HELD_ON" DATE NOT NULL,
    "PLACE" CHARACTER VARYING(200),
    "TITLE" CHARACTER VARYING(200) NOT NULL,
    "VERSION" BIGINT NOT NULL,
    "CREATED_AT" TIMESTAMP NOT NULL,
    "CREATED_BY" CHARACTER VARYING(100) NOT NULL,
    "UPDATED_AT" TIMESTAMP NOT NULL,
    "UPDATED_BY" CHARACTER VARYING(100) NOT NULL,
    "ROM_CODE" CHARACTER VARYING(20) NOT NULL
);             
ALTER TABLE "PUBLIC"."NTS_WORKSHOP" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_9D" PRIMARY KEY("ID"); 
-- 2 +/- SELECT COUNT(*) FROM PUBLIC.NTS_WORKSHOP;             
INSERT INTO "PUBLIC"."NTS_WORKSHOP" VALUES
(21, DATE '2025-05-07', 'Brainport Industries Campus, Eindhoven', 'NTS value chain workshop: semiconductors, photonics and high-tech equipment', 1, TIMESTAMP '2026-12-02 01:09:14.978632', 'sample-data', TIMESTAMP '2026-12-02 01:09:14.978632', 'sample-data', 'BOM'),
(22, DATE '2026-03-12', 'Eindhoven', 'Fixture workshop (renamed)', 2, TIMESTAMP '2026-12-02 01:09:56.182362', 'bench', TIMESTAMP '2026-12-02 01:09:56.830204', 'bench', 'BOM');           
CREATE CACHED TABLE "PUBLIC"."NTS_API_TOKEN"(
    "ID" BIGINT NOT NULL,
    "CREATED_AT" TIMESTAMP NOT NULL,
    "EXPIRES_AT" TIMESTAMP,
    "HINT" CHARACTER VARYING(20) NOT NULL,
    "LAST_USED" TIMESTAMP,
    "NAME" CHARACTER VARYING(100) NOT NULL,
    "REVOKED_AT" TIMESTAMP,
    "REVOKED_BY" CHARACTER VARYING(100),
    "ROLES" CHARACTER VARYING(2000) NOT NULL,
    "SECRET_HASH" CHARACTER VARYING(64) NOT NULL,
    "USER_NAME" CHARACTER VARYING(100) NOT NULL
);             
ALTER TABLE "PUBLIC"."NTS_API_TOKEN" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_F7" PRIMARY KEY("ID");
-- 2 +/- SELECT COUNT(*) FROM PUBLIC.NTS_API_TOKEN;            
INSERT INTO "PUBLIC"."NTS_API_TOKEN" VALUES
(11, TIMESTAMP '2026-12-02 01:09:56.607772', TIMESTAMP '2030-01-01 00:00:00', 'nts_zdW9', NULL, 'fixture-token', NULL, NULL, 'kia-operator', 'f7b0c0cbe0527669f74b0226375ec37134dc6294ce5bd47e8f3c8abb60be4c0f', 'bench'),
(12, TIMESTAMP '2026-12-02 01:09:56.664424', NULL, 'nts_zZ6d', NULL, 'fixture-revoked', TIMESTAMP '2026-12-02 01:09:56.697932', 'bench', 'kia-operator', 'f86ea0fffa6ce299131f517470cfe3098a6a607a75855aafbc27c19c0e107805', 'bench');  
CREATE UNIQUE NULLS DISTINCT INDEX "PUBLIC"."INDEX_NTS_API_TOKEN_SECRET_HASH" ON "PUBLIC"."NTS_API_TOKEN"("SECRET_HASH" NULLS FIRST);          
CREATE INDEX "PUBLIC"."INDEX_NTS_API_TOKEN_USER_NAME" ON "PUBLIC"."NTS_API_TOKEN"("USER_NAME" NULLS FIRST);    
CREATE CACHED TABLE "PUBLIC"."NTS_SEGMENT"(
    "ID" BIGINT NOT NULL,
    "CODE" CHARACTER VARYING(20) NOT NULL,
    "NAME" CHARACTER VARYING(200) NOT NULL,
    "POSITION" INTEGER NOT NULL,
    "VALUE_CHAIN_ID" BIGINT NOT NULL
);          
ALTER TABLE "PUBLIC"."NTS_SEGMENT" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_C" PRIMARY KEY("ID");   
-- 70 +/- SELECT COUNT(*) FROM PUBLIC.NTS_SEGMENT;             
INSERT INTO "PUBLIC"."NTS_SEGMENT" VALUES
(51, 'DESIGN', 'Chip design', 0, 21),
(52, 'MATERIALS', 'Materials and wafers', 1, 21),
(53, 'EQUIPMENT', 'Equipment and lithography', 2, 21),
(54, 'FRONTEND', 'Front-end fabrication (300mm)', 3, 21),
(55, 'BACKEND', 'Back-end and packaging', 4, 21),
(56, 'APPLICATIONS', 'Applications', 5, 21),
(57, 'DESIGN', 'Photonic chip design', 0, 22),
(58, 'EPITAXY', 'Epitaxy and materials (InP, SiN)', 1, 22),
(59, 'FAB', 'Chip fabrication', 2, 22),
(60, 'PACKAGING', 'Assembly and packaging', 3, 22),
(61, 'MODULES', 'Modules and systems', 4, 22),
(62, 'APPLICATIONS', 'Applications (datacom, sensing)', 5, 22),
(63, 'ENABLING', 'Enabling technology (cryogenics, control electronics)', 0, 23),
(64, 'HARDWARE', 'Qubit hardware', 1, 23),
(65, 'SOFTWARE', 'Software and algorithms', 2, 23),
(66, 'NETWORKS', 'Quantum networks', 3, 23),
(67, 'SENSING', 'Quantum sensing', 4, 23),
(68, 'APPLICATIONS', 'Applications', 5, 23),
(69, 'COMPONENTS', 'Precision components', 0, 24),
(70, 'SUBSYSTEMS', 'Mechatronic subsystems', 1, 24),
(71, 'SOFTWARE', 'Control software and AI', 2, 24),
(72, 'INTEGRATION', 'System integration', 3, 24),
(73, 'SERVICE', 'Service and maintenance', 4, 24),
(74, 'RESEARCH', 'Research and technology', 0, 25),
(75, 'COMPONENTS', 'Components and sensors', 1, 25),
(76, 'SYSTEMS', 'Systems integration', 2, 25),
(77, 'PRIMES', 'Prime contractors', 3, 25),
(78, 'END_USERS', 'End users', 4, 25),
(79, 'COMPONENTS', 'Components (optics, mechanisms)', 0, 26),
(80, 'PLATFORMS', 'Nanosatellite platforms', 1, 26),
(81, 'PAYLOADS', 'Payloads and optical communication', 2, 26),
(82, 'GROUND', 'Ground segment', 3, 26),
(83, 'SERVICES', 'Data services', 4, 26),
(84, 'RESEARCH', 'Clinical research', 0, 27),
(85, 'COMPONENTS', 'Components and sensors', 1, 27),
(86, 'DEVICES', 'Imaging devices', 2, 27),
(87, 'SOFTWARE', 'Software and AI', 3, 27),
(88, 'CARE', 'Care providers', 4, 27),
(89, 'RESEARCH', 'Research', 0, 28),
(90, 'INPUTS', 'Materials and inputs', 1, 28),
(91, 'PRODUCTION', 'Production', 2, 28),
(92, 'INTEGRATION', 'Systems and integration', 3, 28),
(93, 'MARKET', 'Applications and market', 4, 28),
(94, 'RESEARCH', 'Research', 0, 29),
(95, 'INPUTS', 'Materials and inputs', 1, 29),
(96, 'PRODUCTION', 'Production', 2, 29),
(97, 'INTEGRATION', 'Systems and integration', 3, 29),
(98, 'MARKET', 'Applications and market', 4, 29),
(99, 'RESEARCH', 'Research', 0, 30),
(100, 'INPUTS', 'Materials and inputs', 1, 30),
(101, 'PRODUCTION', 'Production', 2, 30),
(102, 'INTEGRATION', 'Systems and integration', 3, 30),
(103, 'MARKET', 'Applications and market', 4, 30),
(104, 'RESEARCH', 'Research', 0, 31),
(105, 'INPUTS', 'Materials and inputs', 1, 31),
(106, 'PRODUCTION', 'Production', 2, 31),
(107, 'INTEGRATION', 'Systems and integration', 3, 31),
(108, 'MARKET', 'Applications and market', 4, 31),
(109, 'RESEARCH', 'Research', 0, 32),
(110, 'INPUTS', 'Materials and inputs', 1, 32),
(111, 'PRODUCTION', 'Production', 2, 32),
(112, 'INTEGRATION', 'Systems and integration', 3, 32),
(113, 'MARKET', 'Applications and market', 4, 32),
(114, 'RESEARCH', 'Research', 0, 33),
(115, 'INPUTS', 'Materials and inputs', 1, 33),
(116, 'PRODUCTION', 'Production', 2, 33),
(117, 'INTEGRATION', 'Systems and integration', 3, 33),
(118, 'MARKET', 'Applications and market', 4, 33),
(124, 'FAB', 'Fabrication', 0, 35),
(125, 'TEST', 'Test', 1, 35);       
CREATE CACHED TABLE "PUBLIC"."NTS_SEED_MARKER"(
    "NAME" CHARACTER VARYING(100) NOT NULL,
    "LOADED_AT" TIMESTAMP NOT NULL
);              
ALTER TABLE "PUBLIC"."NTS_SEED_MARKER" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_81" PRIMARY KEY("NAME");            
-- 1 +/- SELECT COUNT(*) FROM PUBLIC.NTS_SEED_MARKER;          
INSERT INTO "PUBLIC"."NTS_SEED_MARKER" VALUES
('sample-data', TIMESTAMP '2026-12-02 01:09:13.605618');         
CREATE CACHED TABLE "PUBLIC"."NTS_VALUE_CHAIN_ROM"(
    "VALUE_CHAIN_ID" BIGINT NOT NULL,
    "ROM_CODE" CHARACTER VARYING(20) NOT NULL
);     
ALTER TABLE "PUBLIC"."NTS_VALUE_CHAIN_ROM" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_A" PRIMARY KEY("VALUE_CHAIN_ID", "ROM_CODE");   
-- 41 +/- SELECT COUNT(*) FROM PUBLIC.NTS_VALUE_CHAIN_ROM;     
INSERT INTO "PUBLIC"."NTS_VALUE_CHAIN_ROM" VALUES
(21, 'BOM'),
(21, 'ONL'),
(21, 'LIOF'),
(22, 'BOM'),
(22, 'ONL'),
(22, 'IQ'),
(23, 'IQ'),
(23, 'INW'),
(23, 'BOM'),
(24, 'BOM'),
(24, 'ONL'),
(24, 'LIOF'),
(25, 'BOM'),
(25, 'IQ'),
(25, 'IZ'),
(26, 'IQ'),
(26, 'NOM'),
(26, 'BOM'),
(27, 'LIOF'),
(27, 'BOM'),
(27, 'ONL'),
(28, 'IQ'),
(28, 'RUR'),
(28, 'LIOF'),
(29, 'LIOF'),
(29, 'ONL'),
(29, 'HF'),
(30, 'LIOF'),
(30, 'IZ'),
(30, 'NOM'),
(31, 'BOM'),
(31, 'LIOF'),
(31, 'NOM'),
(32, 'NOM'),
(32, 'IZ'),
(32, 'IQ'),
(33, 'INW'),
(33, 'RUR'),
(33, 'BOM'),
(35, 'BOM'),
(35, 'LIOF');           
CREATE CACHED TABLE "PUBLIC"."NTS_VALUE_CHAIN_TECHNOLOGY"(
    "VALUE_CHAIN_ID" BIGINT NOT NULL,
    "TECHNOLOGY_CODE" CHARACTER VARYING(20) NOT NULL
);       
ALTER TABLE "PUBLIC"."NTS_VALUE_CHAIN_TECHNOLOGY" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_86" PRIMARY KEY("VALUE_CHAIN_ID", "TECHNOLOGY_CODE");    
-- 22 +/- SELECT COUNT(*) FROM PUBLIC.NTS_VALUE_CHAIN_TECHNOLOGY;              
INSERT INTO "PUBLIC"."NTS_VALUE_CHAIN_TECHNOLOGY" VALUES
(21, 'NTS09'),
(21, 'NTS06'),
(22, 'NTS01'),
(23, 'NTS02'),
(24, 'NTS06'),
(24, 'NTS07'),
(25, 'NTS10'),
(25, 'NTS05'),
(25, 'NTS01'),
(26, 'NTS01'),
(26, 'NTS06'),
(27, 'NTS05'),
(28, 'NTS04'),
(29, 'NTS05'),
(29, 'NTS07'),
(30, 'NTS03'),
(31, 'NTS08'),
(32, 'NTS03'),
(32, 'NTS08'),
(33, 'NTS07'),
(35, 'NTS09'),
(35, 'NTS01');             
CREATE CACHED TABLE "PUBLIC"."NTS_ACTION_INPUT"(
    "INPUT_ID" BIGINT NOT NULL,
    "ACTION_ID" BIGINT NOT NULL,
    "POSITION" INTEGER
);    
ALTER TABLE "PUBLIC"."NTS_ACTION_INPUT" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_227" PRIMARY KEY("INPUT_ID", "ACTION_ID");         
-- 12 +/- SELECT COUNT(*) FROM PUBLIC.NTS_ACTION_INPUT;        
INSERT INTO "PUBLIC"."NTS_ACTION_INPUT" VALUES
(51, 51, 0),
(53, 51, 1),
(54, 52, 0),
(55, 52, 1),
(52, 53, 0),
(51, 53, 1),
(56, 54, 0),
(57, 54, 1),
(58, 54, 2),
(59, 55, 0),
(60, 56, 0),
(62, 57, 0);     
CREATE CACHED TABLE "PUBLIC"."NTS_INPUT_TECHNOLOGY"(
    "INPUT_ID" BIGINT NOT NULL,
    "TECHNOLOGY_CODE" CHARACTER VARYING(20) NOT NULL
);   
ALTER TABLE "PUBLIC"."NTS_INPUT_TECHNOLOGY" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_B3" PRIMARY KEY("INPUT_ID", "TECHNOLOGY_CODE");
-- 19 +/- SELECT COUNT(*) FROM PUBLIC.NTS_INPUT_TECHNOLOGY;    
INSERT INTO "PUBLIC"."NTS_INPUT_TECHNOLOGY" VALUES
(51, 'NTS09'),
(52, 'NTS09'),
(53, 'NTS09'),
(54, 'NTS01'),
(54, 'NTS09'),
(55, 'NTS01'),
(56, 'NTS10'),
(56, 'NTS05'),
(56, 'NTS01'),
(57, 'NTS10'),
(57, 'NTS05'),
(58, 'NTS10'),
(58, 'NTS05'),
(59, 'NTS06'),
(59, 'NTS09'),
(60, 'NTS01'),
(60, 'NTS09'),
(61, 'NTS02'),
(62, 'NTS09');
CREATE CACHED TABLE "PUBLIC"."NTS_ROM_REGION"(
    "ISO3166_2" CHARACTER VARYING(10) NOT NULL,
    "NUTS2" CHARACTER VARYING(10) NOT NULL,
    "NUTS2_2021" CHARACTER VARYING(10) NOT NULL,
    "PROVINCE" CHARACTER VARYING(100) NOT NULL,
    "ROM_CODE" CHARACTER VARYING(20),
    "POSITION" INTEGER
);    
-- 12 +/- SELECT COUNT(*) FROM PUBLIC.NTS_ROM_REGION;          
INSERT INTO "PUBLIC"."NTS_ROM_REGION" VALUES
('NL-ZE', 'NL34', 'NL34', 'Zeeland', 'IZ', 0),
('NL-UT', 'NL35', 'NL31', 'Utrecht', 'RUR', 0),
('NL-GE', 'NL22', 'NL22', 'Gelderland', 'ONL', 0),
('NL-OV', 'NL21', 'NL21', 'Overijssel', 'ONL', 1),
('NL-NH', 'NL32', 'NL32', 'Noord-Holland', 'INW', 0),
('NL-LI', 'NL42', 'NL42', 'Limburg', 'LIOF', 0),
('NL-FL', 'NL23', 'NL23', 'Flevoland', 'HF', 0),
('NL-GR', 'NL11', 'NL11', 'Groningen', 'NOM', 0),
('NL-FR', 'NL12', 'NL12', 'Friesland', 'NOM', 1),
('NL-DR', 'NL13', 'NL13', 'Drenthe', 'NOM', 2),
('NL-ZH', 'NL36', 'NL33', 'Zuid-Holland', 'IQ', 0),
('NL-NB', 'NL41', 'NL41', 'Noord-Brabant', 'BOM', 0);        
CREATE CACHED TABLE "PUBLIC"."NTS_ACTION_KPI"(
    "BASELINE" NUMERIC(19, 4),
    "INDICATOR" CHARACTER VARYING(200) NOT NULL,
    "TARGET" NUMERIC(19, 4) NOT NULL,
    "UNIT" CHARACTER VARYING(50) NOT NULL,
    "TARGET_YEAR" INTEGER NOT NULL,
    "ACTION_ID" BIGINT,
    "POSITION" INTEGER
);          
-- 8 +/- SELECT COUNT(*) FROM PUBLIC.NTS_ACTION_KPI;           
INSERT INTO "PUBLIC"."NTS_ACTION_KPI" VALUES
(0.0000, 'packaging and test lines in operation', 2.0000, 'lines', 2028, 51, 0),
(2.0000, 'start-ups with pilot-line access', 15.0000, 'companies', 2027, 52, 0),
(0.0000, 'study with options and costs delivered', 1.0000, 'report', 2026, 53, 0),
(0.0000, 'SME-prime matches', 25.0000, 'matches', 2027, 54, 0),
(0.0000, 'launching-customer pilots', 3.0000, 'pilots', 2027, 54, 1),
(0.0000, 'technicians and engineers trained, lateral entrants included', 500.0000, 'people', 2030, 55, 0),
(0.0000, 'scale-ups financed', 12.0000, 'companies', 2030, 56, 0),
(0.0000, 'technicians certified', 60.0000, 'people', 2027, 57, 0);       
CREATE CACHED TABLE "PUBLIC"."NTS_ACTION_PARTNER"(
    "ACTION_ID" BIGINT NOT NULL,
    "ORGANISATION_ID" BIGINT NOT NULL,
    "POSITION" INTEGER
);           
ALTER TABLE "PUBLIC"."NTS_ACTION_PARTNER" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_AF" PRIMARY KEY("ACTION_ID", "ORGANISATION_ID"); 
-- 8 +/- SELECT COUNT(*) FROM PUBLIC.NTS_ACTION_PARTNER;       
INSERT INTO "PUBLIC"."NTS_ACTION_PARTNER" VALUES
(51, 75, 0),
(51, 82, 1),
(52, 75, 0),
(52, 57, 1),
(54, 66, 0),
(54, 51, 1),
(55, 63, 0),
(57, 90, 0);       
CREATE CACHED TABLE "PUBLIC"."NTS_ACTION_TECHNOLOGY"(
    "ACTION_ID" BIGINT NOT NULL,
    "TECHNOLOGY_CODE" CHARACTER VARYING(20) NOT NULL
); 
ALTER TABLE "PUBLIC"."NTS_ACTION_TECHNOLOGY" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_CC" PRIMARY KEY("ACTION_ID", "TECHNOLOGY_CODE");              
-- 15 +/- SELECT COUNT(*) FROM PUBLIC.NTS_ACTION_TECHNOLOGY;   
INSERT INTO "PUBLIC"."NTS_ACTION_TECHNOLOGY" VALUES
(51, 'NTS09'),
(51, 'NTS06'),
(52, 'NTS01'),
(52, 'NTS09'),
(53, 'NTS09'),
(53, 'NTS06'),
(54, 'NTS10'),
(54, 'NTS05'),
(54, 'NTS09'),
(55, 'NTS09'),
(55, 'NTS06'),
(56, 'NTS09'),
(56, 'NTS01'),
(57, 'NTS01'),
(57, 'NTS09');           
CREATE CACHED TABLE "PUBLIC"."NTS_CONSORTIUM_MEMBER"(
    "ROLE" CHARACTER VARYING(100) NOT NULL,
    "ORGANISATION_ID" BIGINT NOT NULL,
    "CONSORTIUM_ID" BIGINT,
    "POSITION" INTEGER
); 
-- 5 +/- SELECT COUNT(*) FROM PUBLIC.NTS_CONSORTIUM_MEMBER;    
INSERT INTO "PUBLIC"."NTS_CONSORTIUM_MEMBER" VALUES
('partner', 54, 21, 0),
('partner', 65, 21, 1),
('research partner', 82, 21, 2),
('SME liaison', 78, 21, 3),
('partner', 90, 22, 0);       
CREATE CACHED TABLE "PUBLIC"."NTS_FUNDING_CALL_TECHNOLOGY"(
    "CALL_ID" BIGINT NOT NULL,
    "TECHNOLOGY_CODE" CHARACTER VARYING(20) NOT NULL
);             
ALTER TABLE "PUBLIC"."NTS_FUNDING_CALL_TECHNOLOGY" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_5" PRIMARY KEY("CALL_ID", "TECHNOLOGY_CODE");           
-- 8 +/- SELECT COUNT(*) FROM PUBLIC.NTS_FUNDING_CALL_TECHNOLOGY;              
INSERT INTO "PUBLIC"."NTS_FUNDING_CALL_TECHNOLOGY" VALUES
(51, 'NTS05'),
(51, 'NTS09'),
(51, 'NTS10'),
(52, 'NTS02'),
(53, 'NTS01'),
(53, 'NTS06'),
(53, 'NTS09'),
(54, 'NTS09');              
CREATE CACHED TABLE "PUBLIC"."NTS_ORGANISATION_EXTERNAL_ID"(
    "ORGANISATION_ID" BIGINT,
    "EXTERNAL_ID" CHARACTER VARYING(100) NOT NULL,
    "SOURCE_SYSTEM" CHARACTER VARYING(50)
);     
-- 15 +/- SELECT COUNT(*) FROM PUBLIC.NTS_ORGANISATION_EXTERNAL_ID;            
INSERT INTO "PUBLIC"."NTS_ORGANISATION_EXTERNAL_ID" VALUES
(51, 'h-1001', 'hubspot'),
(52, 'h-1002', 'hubspot'),
(53, 'h-1003', 'hubspot'),
(54, 'h-1004', 'hubspot'),
(55, 'h-1005', 'hubspot'),
(56, 'h-1006', 'hubspot'),
(57, 'h-1007', 'hubspot'),
(59, 'h-1009', 'hubspot'),
(60, 'h-1010', 'hubspot'),
(63, 'h-1013', 'hubspot'),
(66, 'h-1016', 'hubspot'),
(68, 'h-1018', 'hubspot'),
(70, 'h-1020', 'hubspot'),
(73, 'h-1023', 'hubspot'),
(89, 'fx-1', 'hubspot');  
CREATE CACHED TABLE "PUBLIC"."NTS_ORGANISATION_SEGMENT"(
    "ORGANISATION_ID" BIGINT NOT NULL,
    "SEGMENT_ID" BIGINT NOT NULL
);            
ALTER TABLE "PUBLIC"."NTS_ORGANISATION_SEGMENT" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_A2" PRIMARY KEY("ORGANISATION_ID", "SEGMENT_ID");          
-- 51 +/- SELECT COUNT(*) FROM PUBLIC.NTS_ORGANISATION_SEGMENT;
INSERT INTO "PUBLIC"."NTS_ORGANISATION_SEGMENT" VALUES
(51, 53),
(51, 69),
(52, 70),
(52, 53),
(53, 51),
(54, 55),
(55, 59),
(55, 58),
(56, 59),
(56, 57),
(57, 60),
(57, 61),
(58, 62),
(59, 64),
(60, 63),
(61, 65),
(62, 67),
(63, 72),
(63, 70),
(64, 73),
(64, 76),
(65, 75),
(65, 79),
(66, 76),
(66, 77),
(67, 75),
(67, 96),
(68, 80),
(69, 81),
(70, 86),
(71, 87),
(72, 97),
(73, 101),
(74, 105),
(75, 51),
(75, 57),
(75, 71),
(76, 64),
(76, 66),
(78, 74),
(79, 78),
(80, 53),
(81, 54),
(82, 55),
(82, 51),
(83, 54),
(84, 55),
(85, 54),
(86, 63),
(87, 58),
(89, 124);        
CREATE CACHED TABLE "PUBLIC"."NTS_ORGANISATION_TECHNOLOGY"(
    "ORGANISATION_ID" BIGINT NOT NULL,
    "TECHNOLOGY_CODE" CHARACTER VARYING(20) NOT NULL
);     
ALTER TABLE "PUBLIC"."NTS_ORGANISATION_TECHNOLOGY" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_B2" PRIMARY KEY("ORGANISATION_ID", "TECHNOLOGY_CODE");  
-- 59 +/- SELECT COUNT(*) FROM PUBLIC.NTS_ORGANISATION_TECHNOLOGY;             
INSERT INTO "PUBLIC"."NTS_ORGANISATION_TECHNOLOGY" VALUES
(51, 'NTS06'),
(51, 'NTS09'),
(52, 'NTS06'),
(53, 'NTS09'),
(53, 'NTS07'),
(54, 'NTS09'),
(55, 'NTS01'),
(55, 'NTS09'),
(56, 'NTS01'),
(57, 'NTS01'),
(58, 'NTS01'),
(59, 'NTS02'),
(60, 'NTS02'),
(60, 'NTS06'),
(61, 'NTS02'),
(61, 'NTS07'),
(62, 'NTS02'),
(63, 'NTS06'),
(63, 'NTS07'),
(64, 'NTS06'),
(65, 'NTS05'),
(65, 'NTS10'),
(66, 'NTS10'),
(66, 'NTS05'),
(67, 'NTS05'),
(67, 'NTS07'),
(68, 'NTS06'),
(68, 'NTS01'),
(69, 'NTS01'),
(70, 'NTS05'),
(71, 'NTS07'),
(71, 'NTS05'),
(72, 'NTS05'),
(72, 'NTS07'),
(73, 'NTS03'),
(74, 'NTS08'),
(75, 'NTS01'),
(75, 'NTS06'),
(75, 'NTS09'),
(76, 'NTS02'),
(78, 'NTS10'),
(79, 'NTS10'),
(79, 'NTS05'),
(80, 'NTS06'),
(80, 'NTS09'),
(81, 'NTS09'),
(82, 'NTS09'),
(83, 'NTS09'),
(84, 'NTS09'),
(85, 'NTS09'),
(86, 'NTS02'),
(87, 'NTS01'),
(88, 'NTS01'),
(88, 'NTS05'),
(88, 'NTS06'),
(88, 'NTS09'),
(88, 'NTS02'),
(89, 'NTS01'),
(90, 'NTS01'); 
CREATE CACHED TABLE "PUBLIC"."NTS_PLAN_ROM"(
    "PLAN_ID" BIGINT NOT NULL,
    "ROM_CODE" CHARACTER VARYING(20) NOT NULL,
    "POSITION" INTEGER
);           
ALTER TABLE "PUBLIC"."NTS_PLAN_ROM" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_A7" PRIMARY KEY("PLAN_ID", "ROM_CODE");
-- 4 +/- SELECT COUNT(*) FROM PUBLIC.NTS_PLAN_ROM;             
INSERT INTO "PUBLIC"."NTS_PLAN_ROM" VALUES
(21, 'BOM', 0),
(21, 'LIOF', 1),
(22, 'BOM', 0),
(22, 'LIOF', 1);   
CREATE CACHED TABLE "PUBLIC"."NTS_WORKSHOP_PARTICIPANT"(
    "EMAIL" CHARACTER VARYING(254),
    "NAME" CHARACTER VARYING(200) NOT NULL,
    "ROLE" CHARACTER VARYING(100),
    "ORGANISATION_ID" BIGINT,
    "WORKSHOP_ID" BIGINT,
    "POSITION" INTEGER
);  
-- 10 +/- SELECT COUNT(*) FROM PUBLIC.NTS_WORKSHOP_PARTICIPANT;
INSERT INTO "PUBLIC"."NTS_WORKSHOP_PARTICIPANT" VALUES
('a.vanderheijden@example.org', 'Anouk van der Heijden', 'moderator, BOM', NULL, 21, 0),
(NULL, 'Ruud Claessens', 'innovation advisor, LIOF', NULL, 21, 1),
(NULL, 'Marieke de Visser', 'programme manager, Impuls Zeeland', NULL, 21, 2),
(NULL, 'Joost Verhoeven', 'cluster lead', 88, 21, 3),
('sanne@example.org', 'Sanne Kuipers', 'CEO', 57, 21, 4),
(NULL, 'Pieter Mertens', 'CTO', 55, 21, 5),
(NULL, 'Fatima El Amrani', 'operations director', 54, 21, 6),
(NULL, 'Hans Bosman', 'professor of semiconductor devices', 75, 21, 7),
(NULL, 'Linda Jansen', 'network coordinator', 78, 21, 8),
(NULL, 'Ana de Vries', 'CTO', 89, 22, 0);        
CREATE CACHED TABLE "PUBLIC"."NTS_WORKSHOP_CO_ORGANISER"(
    "WORKSHOP_ID" BIGINT NOT NULL,
    "ROM_CODE" CHARACTER VARYING(20) NOT NULL,
    "POSITION" INTEGER
);          
ALTER TABLE "PUBLIC"."NTS_WORKSHOP_CO_ORGANISER" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_59" PRIMARY KEY("WORKSHOP_ID", "ROM_CODE");               
-- 2 +/- SELECT COUNT(*) FROM PUBLIC.NTS_WORKSHOP_CO_ORGANISER;
INSERT INTO "PUBLIC"."NTS_WORKSHOP_CO_ORGANISER" VALUES
(21, 'LIOF', 0),
(21, 'IZ', 1);        
CREATE CACHED TABLE "PUBLIC"."NTS_WORKSHOP_ORGANISATION"(
    "WORKSHOP_ID" BIGINT NOT NULL,
    "ORGANISATION_ID" BIGINT NOT NULL,
    "POSITION" INTEGER
);  
ALTER TABLE "PUBLIC"."NTS_WORKSHOP_ORGANISATION" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_5A" PRIMARY KEY("WORKSHOP_ID", "ORGANISATION_ID");        
-- 15 +/- SELECT COUNT(*) FROM PUBLIC.NTS_WORKSHOP_ORGANISATION;               
INSERT INTO "PUBLIC"."NTS_WORKSHOP_ORGANISATION" VALUES
(21, 88, 0),
(21, 51, 1),
(21, 52, 2),
(21, 53, 3),
(21, 54, 4),
(21, 55, 5),
(21, 57, 6),
(21, 63, 7),
(21, 64, 8),
(21, 75, 9),
(21, 78, 10),
(21, 66, 11),
(21, 77, 12),
(21, 59, 13),
(22, 89, 0); 
CREATE CACHED TABLE "PUBLIC"."NTS_WORKSHOP_TECHNOLOGY"(
    "WORKSHOP_ID" BIGINT NOT NULL,
    "TECHNOLOGY_CODE" CHARACTER VARYING(20) NOT NULL
);             
ALTER TABLE "PUBLIC"."NTS_WORKSHOP_TECHNOLOGY" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_E" PRIMARY KEY("WORKSHOP_ID", "TECHNOLOGY_CODE");           
-- 6 +/- SELECT COUNT(*) FROM PUBLIC.NTS_WORKSHOP_TECHNOLOGY;  
INSERT INTO "PUBLIC"."NTS_WORKSHOP_TECHNOLOGY" VALUES
(21, 'NTS01'),
(21, 'NTS05'),
(21, 'NTS09'),
(21, 'NTS06'),
(21, 'NTS02'),
(22, 'NTS09');
CREATE CACHED TABLE "PUBLIC"."NTS_WORKSHOP_VALUE_CHAIN"(
    "WORKSHOP_ID" BIGINT NOT NULL,
    "VALUE_CHAIN_ID" BIGINT NOT NULL
);            
ALTER TABLE "PUBLIC"."NTS_WORKSHOP_VALUE_CHAIN" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_27" PRIMARY KEY("WORKSHOP_ID", "VALUE_CHAIN_ID");          
-- 5 +/- SELECT COUNT(*) FROM PUBLIC.NTS_WORKSHOP_VALUE_CHAIN; 
INSERT INTO "PUBLIC"."NTS_WORKSHOP_VALUE_CHAIN" VALUES
(21, 21),
(21, 22),
(21, 24),
(21, 25),
(22, 35);       
ALTER TABLE "PUBLIC"."NTS_VALUE_CHAIN" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_2" UNIQUE("CODE");  
ALTER TABLE "PUBLIC"."NTS_SEGMENT" ADD CONSTRAINT "PUBLIC"."UNQ_NTS_SEGMENT_0" UNIQUE("VALUE_CHAIN_ID", "CODE");               
ALTER TABLE "PUBLIC"."NTS_FUNDING_CALL" ADD CONSTRAINT "PUBLIC"."UNQ_NTS_FUNDING_CALL_0" UNIQUE("SOURCE", "IDENTIFIER");       
ALTER TABLE "PUBLIC"."NTS_ORGANISATION" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_B8" UNIQUE("KVK_NUMBER");          
ALTER TABLE "PUBLIC"."NTS_WORKSHOP_CO_ORGANISER" ADD CONSTRAINT "PUBLIC"."FK_NTS_WORKSHOP_CO_ORGANISER_WORKSHOP_ID" FOREIGN KEY("WORKSHOP_ID") REFERENCES "PUBLIC"."NTS_WORKSHOP"("ID") NOCHECK;               
ALTER TABLE "PUBLIC"."NTS_ACTION_TECHNOLOGY" ADD CONSTRAINT "PUBLIC"."FK_NTS_ACTION_TECHNOLOGY_ACTION_ID" FOREIGN KEY("ACTION_ID") REFERENCES "PUBLIC"."NTS_ACTION"("ID") NOCHECK;             
ALTER TABLE "PUBLIC"."NTS_CONSORTIUM" ADD CONSTRAINT "PUBLIC"."FK_NTS_CONSORTIUM_LEAD_ID" FOREIGN KEY("LEAD_ID") REFERENCES "PUBLIC"."NTS_ORGANISATION"("ID") NOCHECK;         
ALTER TABLE "PUBLIC"."NTS_ORGANISATION_TECHNOLOGY" ADD CONSTRAINT "PUBLIC"."FK_NTS_ORGANISATION_TECHNOLOGY_ORGANISATION_ID" FOREIGN KEY("ORGANISATION_ID") REFERENCES "PUBLIC"."NTS_ORGANISATION"("ID") NOCHECK;               
ALTER TABLE "PUBLIC"."NTS_WORKSHOP_TECHNOLOGY" ADD CONSTRAINT "PUBLIC"."FK_NTS_WORKSHOP_TECHNOLOGY_WORKSHOP_ID" FOREIGN KEY("WORKSHOP_ID") REFERENCES "PUBLIC"."NTS_WORKSHOP"("ID") NOCHECK;   
ALTER TABLE "PUBLIC"."NTS_FUNDING_CALL_TECHNOLOGY" ADD CONSTRAINT "PUBLIC"."FK_NTS_FUNDING_CALL_TECHNOLOGY_TECHNOLOGY_CODE" FOREIGN KEY("TECHNOLOGY_CODE") REFERENCES "PUBLIC"."NTS_TECHNOLOGY"("CODE") NOCHECK;               
ALTER TABLE "PUBLIC"."NTS_INPUT" ADD CONSTRAINT "PUBLIC"."FK_NTS_INPUT_VALUE_CHAIN_ID" FOREIGN KEY("VALUE_CHAIN_ID") REFERENCES "PUBLIC"."NTS_VALUE_CHAIN"("ID") NOCHECK;      
ALTER TABLE "PUBLIC"."NTS_WORKSHOP" ADD CONSTRAINT "PUBLIC"."FK_NTS_WORKSHOP_ROM_CODE" FOREIGN KEY("ROM_CODE") REFERENCES "PUBLIC"."NTS_ROM"("CODE") NOCHECK;  
ALTER TABLE "PUBLIC"."NTS_SEGMENT" ADD CONSTRAINT "PUBLIC"."FK_NTS_SEGMENT_VALUE_CHAIN_ID" FOREIGN KEY("VALUE_CHAIN_ID") REFERENCES "PUBLIC"."NTS_VALUE_CHAIN"("ID") NOCHECK;  
ALTER TABLE "PUBLIC"."NTS_INPUT_TECHNOLOGY" ADD CONSTRAINT "PUBLIC"."FK_NTS_INPUT_TECHNOLOGY_INPUT_ID" FOREIGN KEY("INPUT_ID") REFERENCES "PUBLIC"."NTS_INPUT"("ID") NOCHECK;  
ALTER TABLE "PUBLIC"."NTS_INPUT" ADD CONSTRAINT "PUBLIC"."FK_NTS_INPUT_WORKSHOP_ID" FOREIGN KEY("WORKSHOP_ID") REFERENCES "PUBLIC"."NTS_WORKSHOP"("ID") NOCHECK;               
ALTER TABLE "PUBLIC"."NTS_ACTION_PARTNER" ADD CONSTRAINT "PUBLIC"."FK_NTS_ACTION_PARTNER_ORGANISATION_ID" FOREIGN KEY("ORGANISATION_ID") REFERENCES "PUBLIC"."NTS_ORGANISATION"("ID") NOCHECK; 
ALTER TABLE "PUBLIC"."NTS_ORGANISATION_TECHNOLOGY" ADD CONSTRAINT "PUBLIC"."FK_NTS_ORGANISATION_TECHNOLOGY_TECHNOLOGY_CODE" FOREIGN KEY("TECHNOLOGY_CODE") REFERENCES "PUBLIC"."NTS_TECHNOLOGY"("CODE") NOCHECK;               
ALTER TABLE "PUBLIC"."NTS_WORKSHOP_TECHNOLOGY" ADD CONSTRAINT "PUBLIC"."FK_NTS_WORKSHOP_TECHNOLOGY_TECHNOLOGY_CODE" FOREIGN KEY("TECHNOLOGY_CODE") REFERENCES "PUBLIC"."NTS_TECHNOLOGY"("CODE") NOCHECK;       
ALTER TABLE "PUBLIC"."NTS_PLAN" ADD CONSTRAINT "PUBLIC"."FK_NTS_PLAN_VALUE_CHAIN_ID" FOREIGN KEY("VALUE_CHAIN_ID") REFERENCES "PUBLIC"."NTS_VALUE_CHAIN"("ID") NOCHECK;        
ALTER TABLE "PUBLIC"."NTS_WORKSHOP_ORGANISATION" ADD CONSTRAINT "PUBLIC"."FK_NTS_WORKSHOP_ORGANISATION_WORKSHOP_ID" FOREIGN KEY("WORKSHOP_ID") REFERENCES "PUBLIC"."NTS_WORKSHOP"("ID") NOCHECK;               
ALTER TABLE "PUBLIC"."NTS_WORKSHOP_VALUE_CHAIN" ADD CONSTRAINT "PUBLIC"."FK_NTS_WORKSHOP_VALUE_CHAIN_VALUE_CHAIN_ID" FOREIGN KEY("VALUE_CHAIN_ID") REFERENCES "PUBLIC"."NTS_VALUE_CHAIN"("ID") NOCHECK;        
ALTER TABLE "PUBLIC"."NTS_ACTION" ADD CONSTRAINT "PUBLIC"."FK_NTS_ACTION_OWNER_ID" FOREIGN KEY("OWNER_ID") REFERENCES "PUBLIC"."NTS_ORGANISATION"("ID") NOCHECK;               
ALTER TABLE "PUBLIC"."NTS_CONSORTIUM_MEMBER" ADD CONSTRAINT "PUBLIC"."FK_NTS_CONSORTIUM_MEMBER_CONSORTIUM_ID" FOREIGN KEY("CONSORTIUM_ID") REFERENCES "PUBLIC"."NTS_CONSORTIUM"("ID") NOCHECK; 
ALTER TABLE "PUBLIC"."NTS_CONSORTIUM" ADD CONSTRAINT "PUBLIC"."FK_NTS_CONSORTIUM_ROM_CODE" FOREIGN KEY("ROM_CODE") REFERENCES "PUBLIC"."NTS_ROM"("CODE") NOCHECK;              
ALTER TABLE "PUBLIC"."NTS_ACTION" ADD CONSTRAINT "PUBLIC"."FK_NTS_ACTION_PLAN_ID" FOREIGN KEY("PLAN_ID") REFERENCES "PUBLIC"."NTS_PLAN"("ID") NOCHECK;         
ALTER TABLE "PUBLIC"."NTS_CONSORTIUM" ADD CONSTRAINT "PUBLIC"."FK_NTS_CONSORTIUM_CALL_ID" FOREIGN KEY("CALL_ID") REFERENCES "PUBLIC"."NTS_FUNDING_CALL"("ID") NOCHECK;         
ALTER TABLE "PUBLIC"."NTS_WORKSHOP_CO_ORGANISER" ADD CONSTRAINT "PUBLIC"."FK_NTS_WORKSHOP_CO_ORGANISER_ROM_CODE" FOREIGN KEY("ROM_CODE") REFERENCES "PUBLIC"."NTS_ROM"("CODE") NOCHECK;        
ALTER TABLE "PUBLIC"."NTS_ACTION_PARTNER" ADD CONSTRAINT "PUBLIC"."FK_NTS_ACTION_PARTNER_ACTION_ID" FOREIGN KEY("ACTION_ID") REFERENCES "PUBLIC"."NTS_ACTION"("ID") NOCHECK;   
ALTER TABLE "PUBLIC"."NTS_ACTION_INPUT" ADD CONSTRAINT "PUBLIC"."FK_NTS_ACTION_INPUT_INPUT_ID" FOREIGN KEY("INPUT_ID") REFERENCES "PUBLIC"."NTS_INPUT"("ID") NOCHECK;          
ALTER TABLE "PUBLIC"."NTS_WORKSHOP_PARTICIPANT" ADD CONSTRAINT "PUBLIC"."FK_NTS_WORKSHOP_PARTICIPANT_WORKSHOP_ID" FOREIGN KEY("WORKSHOP_ID") REFERENCES "PUBLIC"."NTS_WORKSHOP"("ID") NOCHECK; 
ALTER TABLE "PUBLIC"."NTS_ORGANISATION_SEGMENT" ADD CONSTRAINT "PUBLIC"."FK_NTS_ORGANISATION_SEGMENT_ORGANISATION_ID" FOREIGN KEY("ORGANISATION_ID") REFERENCES "PUBLIC"."NTS_ORGANISATION"("ID") NOCHECK;     
ALTER TABLE "PUBLIC"."NTS_VALUE_CHAIN_TECHNOLOGY" ADD CONSTRAINT "PUBLIC"."FK_NTS_VALUE_CHAIN_TECHNOLOGY_TECHNOLOGY_CODE" FOREIGN KEY("TECHNOLOGY_CODE") REFERENCES "PUBLIC"."NTS_TECHNOLOGY"("CODE") NOCHECK; 
ALTER TABLE "PUBLIC"."NTS_INPUT_TECHNOLOGY" ADD CONSTRAINT "PUBLIC"."FK_NTS_INPUT_TECHNOLOGY_TECHNOLOGY_CODE" FOREIGN KEY("TECHNOLOGY_CODE") REFERENCES "PUBLIC"."NTS_TECHNOLOGY"("CODE") NOCHECK;             
ALTER TABLE "PUBLIC"."NTS_ACTION_INPUT" ADD CONSTRAINT "PUBLIC"."FK_NTS_ACTION_INPUT_ACTION_ID" FOREIGN KEY("ACTION_ID") REFERENCES "PUBLIC"."NTS_ACTION"("ID") NOCHECK;       
ALTER TABLE "PUBLIC"."NTS_ORGANISATION_EXTERNAL_ID" ADD CONSTRAINT "PUBLIC"."FK_NTS_ORGANISATION_EXTERNAL_ID_ORGANISATION_ID" FOREIGN KEY("ORGANISATION_ID") REFERENCES "PUBLIC"."NTS_ORGANISATION"("ID") NOCHECK;             
ALTER TABLE "PUBLIC"."NTS_ORGANISATION_SEGMENT" ADD CONSTRAINT "PUBLIC"."FK_NTS_ORGANISATION_SEGMENT_SEGMENT_ID" FOREIGN KEY("SEGMENT_ID") REFERENCES "PUBLIC"."NTS_SEGMENT"("ID") NOCHECK;    
ALTER TABLE "PUBLIC"."NTS_INPUT" ADD CONSTRAINT "PUBLIC"."FK_NTS_INPUT_ORGANISATION_ID" FOREIGN KEY("ORGANISATION_ID") REFERENCES "PUBLIC"."NTS_ORGANISATION"("ID") NOCHECK;   
ALTER TABLE "PUBLIC"."NTS_WORKSHOP_ORGANISATION" ADD CONSTRAINT "PUBLIC"."FK_NTS_WORKSHOP_ORGANISATION_ORGANISATION_ID" FOREIGN KEY("ORGANISATION_ID") REFERENCES "PUBLIC"."NTS_ORGANISATION"("ID") NOCHECK;   
ALTER TABLE "PUBLIC"."NTS_ROM_REGION" ADD CONSTRAINT "PUBLIC"."FK_NTS_ROM_REGION_ROM_CODE" FOREIGN KEY("ROM_CODE") REFERENCES "PUBLIC"."NTS_ROM"("CODE") NOCHECK;              
ALTER TABLE "PUBLIC"."NTS_PLAN_ROM" ADD CONSTRAINT "PUBLIC"."FK_NTS_PLAN_ROM_PLAN_ID" FOREIGN KEY("PLAN_ID") REFERENCES "PUBLIC"."NTS_PLAN"("ID") NOCHECK;     
ALTER TABLE "PUBLIC"."NTS_VALUE_CHAIN_ROM" ADD CONSTRAINT "PUBLIC"."FK_NTS_VALUE_CHAIN_ROM_ROM_CODE" FOREIGN KEY("ROM_CODE") REFERENCES "PUBLIC"."NTS_ROM"("CODE") NOCHECK;    
ALTER TABLE "PUBLIC"."NTS_WORKSHOP_VALUE_CHAIN" ADD CONSTRAINT "PUBLIC"."FK_NTS_WORKSHOP_VALUE_CHAIN_WORKSHOP_ID" FOREIGN KEY("WORKSHOP_ID") REFERENCES "PUBLIC"."NTS_WORKSHOP"("ID") NOCHECK; 
ALTER TABLE "PUBLIC"."NTS_VALUE_CHAIN_ROM" ADD CONSTRAINT "PUBLIC"."FK_NTS_VALUE_CHAIN_ROM_VALUE_CHAIN_ID" FOREIGN KEY("VALUE_CHAIN_ID") REFERENCES "PUBLIC"."NTS_VALUE_CHAIN"("ID") NOCHECK;  
ALTER TABLE "PUBLIC"."NTS_ACTION_TECHNOLOGY" ADD CONSTRAINT "PUBLIC"."FK_NTS_ACTION_TECHNOLOGY_TECHNOLOGY_CODE" FOREIGN KEY("TECHNOLOGY_CODE") REFERENCES "PUBLIC"."NTS_TECHNOLOGY"("CODE") NOCHECK;           
ALTER TABLE "PUBLIC"."NTS_PLAN_ROM" ADD CONSTRAINT "PUBLIC"."FK_NTS_PLAN_ROM_ROM_CODE" FOREIGN KEY("ROM_CODE") REFERENCES "PUBLIC"."NTS_ROM"("CODE") NOCHECK;  
ALTER TABLE "PUBLIC"."NTS_VALUE_CHAIN_TECHNOLOGY" ADD CONSTRAINT "PUBLIC"."FK_NTS_VALUE_CHAIN_TECHNOLOGY_VALUE_CHAIN_ID" FOREIGN KEY("VALUE_CHAIN_ID") REFERENCES "PUBLIC"."NTS_VALUE_CHAIN"("ID") NOCHECK;    
ALTER TABLE "PUBLIC"."NTS_ORGANISATION" ADD CONSTRAINT "PUBLIC"."FK_NTS_ORGANISATION_ROM_CODE" FOREIGN KEY("ROM_CODE") REFERENCES "PUBLIC"."NTS_ROM"("CODE") NOCHECK;          
ALTER TABLE "PUBLIC"."NTS_ACTION_KPI" ADD CONSTRAINT "PUBLIC"."FK_NTS_ACTION_KPI_ACTION_ID" FOREIGN KEY("ACTION_ID") REFERENCES "PUBLIC"."NTS_ACTION"("ID") NOCHECK;           
ALTER TABLE "PUBLIC"."NTS_FUNDING_CALL_TECHNOLOGY" ADD CONSTRAINT "PUBLIC"."FK_NTS_FUNDING_CALL_TECHNOLOGY_CALL_ID" FOREIGN KEY("CALL_ID") REFERENCES "PUBLIC"."NTS_FUNDING_CALL"("ID") NOCHECK;               
