import { describe, expect, it } from "vitest";
import { firstSentenceEnd } from "../../src/core/lead.ts";
import { builtIn } from "../helpers/classifier.ts";

const classify = (description: string) => builtIn().classifySync({ description });
const reason = (description: string) => classify(description).abstain?.reason;

describe("the use reading: a business that uses AI", () => {
  it("ends a self-description's noun phrase at a participle after its head: an insurer founded in 1889", () => {
    expect(reason("Cardinal Mutual is a member-owned insurer founded in 1889 by Ohio farmers. Its claims department now uses machine learning to flag suspicious claims.")).toBe("ai-used-internally");
    // Before its head the participle is a modifier.
    expect(reason("Crust is an established family bakery in Leeds. We use AI to forecast how many loaves to bake.")).toBe("ai-used-internally");
  });

  it("a team of several kinds of people is who works there, a team of one kind what the company is", () => {
    expect(classify("An AI scribe that writes the clinical note while the vet talks. We're a team of 46 vets, engineers and clinicians in Bristol.").primaryDomain).not.toBeNull();
    expect(classify("The School Street Practice is a team of six chartered physiotherapists. We use AI to plan rehab exercises.").abstain?.reason).toBe("ai-used-internally");
    // A name's or a lead's own words still decide: a team of mixed trades does not make a business an AI vendor.
    expect(reason("Redbrook Physiotherapy treats sports injuries in Leeds. We're a team of physios, sports therapists and a nutritionist, and we use AI to plan rehab.")).toBe("ai-used-internally");
  });

  it("reads a business word opening a German compound as whom the product serves: Hotelsoftware, Apothekensoftware", () => {
    const de = (description: string) => builtIn().classifySync({ description, language: "de" });
    expect(de("Die KI-gestützte Hotelsoftware beantwortet Gästeanfragen automatisch. 99 € im Monat.").primaryDomain).toBe("ai-saas");
    expect(de("Unsere Apothekensoftware mit KI erkennt Wechselwirkungen und schlägt Alternativen vor.").primaryDomain).toBe("ai-saas");
    // The business word standing alone is still what the company is.
    expect(de("Apotheke am Markt in Fulda. Seit 2023 beantwortet ein KI-Chatbot Fragen zu Öffnungszeiten.").abstain?.reason).toBe("ai-used-internally");
  });

  it("reads a business word before the people or rooms it names, or a price plan, as no self-description", () => {
    // "secondary-school English teachers": whom the product serves, one word between.
    expect(classify("ClassPrep gives Nigerian secondary-school teachers lesson notes, worksheets and exam-style questions aligned to the national curriculum, generated in seconds.").primaryDomain).not.toBeNull();
    expect(classify("Guardian Eye uses ceiling-mounted depth sensors in care-home bedrooms to detect falls and alert staff on their phones. £12 per bed per month.").primaryDomain).not.toBeNull();
    // The business word alone, before a verb, is still what the company is.
    expect(reason("Oakfield is a secondary school in Leeds. Our teachers use AI to plan lessons.")).toBe("ai-used-internally");
    // "our Practice plan" is a price plan; what a product "does" for "your clients" is theirs.
    expect(classify("Built for accounting practices, Tallie Assist auto-codes bank transactions, matches receipts, and chases clients by email for anything missing. Firms on our Practice plan pay $49 per client ledger per month.").primaryDomain).not.toBeNull();
    expect(classify("For accounting practices: Ledgerbot does your clients' bookkeeping on its own. It codes bank transactions, matches receipts and chases missing paperwork by email.").primaryDomain).not.toBeNull();
    expect(reason("Hartley & Co is a family-run accountancy practice in York. Our practice uses AI to sort receipts.")).toBe("ai-used-internally");
    // "gym members" are whom the product reads, not the company.
    expect(classify("Gymlapse — predicts which gym members will cancel next month from their check-in patterns.").primaryDomain).toBe("machine-learning");
    expect(reason("Ironworks is a gym in Leeds. We use AI to predict which members will cancel.")).toBe("ai-used-internally");
  });

  it("a sawmill that cuts with an AI optimiser uses AI", () => {
    expect(reason("Ruthven Timber is a sawmill in Perthshire processing Sitka spruce into construction timber. Each log is scanned and an AI optimiser works out the cutting pattern.")).toBe("ai-used-internally");
  });

  it("'our' and three words naming a product is the product, not the company's own operations", () => {
    expect(classify("Vocalis verifies who's calling from the first few seconds of natural speech. Our voice biometrics engine compares the caller against an enrolled voiceprint and returns a confidence score to the contact-centre platform.").primaryDomain).not.toBeNull();
  });

  it("reads an appositive after the opening name as what the company is", () => {
    expect(classify("Brightside Credit Union, a member-owned lender serving teachers in Ohio since 1954, has rolled out an AI assistant on its mobile banking app.").abstain).toEqual({
      reason: "ai-used-internally",
      message: 'The text describes a business that uses AI ("member-owned lender"), not one whose product is AI',
    });
    expect(reason("Hollis & Sons, which runs nine garden centres across Kent, has introduced AI-powered stock forecasting at its tills.")).toBe("ai-used-internally");
    // An appositive naming AI, or software, is a product.
    expect(classify("Harbor, a dental software company, has added an AI receptionist that answers calls for clinics.").primaryDomain).toBe("ai-agents");
    expect(classify("Acme, an AI startup, has rolled out an agent that books freight for shippers.").primaryDomain).toBe("ai-agents");
  });

  it("reads what the company runs as what it is, and agent as a generic head", () => {
    expect(classify("The Saffron Group runs eleven Indian restaurants in Manchester. Its founder says AI has helped cut food waste since it started forecasting covers with a machine learning tool.").abstain?.reason).toBe("ai-used-internally");
    expect(classify("Hatton & Price is an independent estate agent in Cheltenham. Every listing gets professional photos and AI virtual staging of empty rooms.").abstain).toEqual({
      reason: "ai-used-internally",
      message: 'The text describes a business that uses AI ("independent estate agent"), not one whose product is AI',
    });
    // An AI agent is no business: the word before decides.
    expect(classify("Hearthbot is an AI agent for letting agents: it answers tenant enquiries and books viewings.").primaryDomain).toBe("ai-agents");
    // After a task a software agent does (genericHeadTasks), agent names the product, not a trade.
    const ledgerbot = classify("Ledgerbot is a bookkeeping agent for accounting firms. It reconciles bank feeds and chases clients for missing receipts.");
    expect(ledgerbot.abstain).toBeUndefined();
    expect(ledgerbot.domains.map((d) => d.id)).toContain("ai-agents");
    expect(classify("Hartley & Co is a letting agent in Leeds. We reconcile rent and chase tenants for missing documents, and we use AI to draft letters.").abstain?.reason).toBe("ai-used-internally");
  });

  it("reads a business word right after a preposition of place or topic as someone else's: feedback on high-school essays", () => {
    expect(classify("Rubric-aligned feedback on high-school essays, drafted before the bell rings.").primaryDomain).toBe("ai-saas");
    // Before the preposition it is still what the company is.
    expect(reason("Family bakery in Leeds since 1962: sourdough and pies. We plan each morning's bake with an AI forecast.")).toBe("ai-used-internally");
  });

  it("reads a product word after whom the company serves as a customer: services to SMEs and startups", () => {
    expect(reason("Sharma & Co. is a CA firm in Pune offering audit and tax services to SMEs and startups. We are early adopters of AI in audit.")).toBe("ai-used-internally");
  });

  it("reads a partnership after a dateline as use: the partner, not the company, is the start-up", () => {
    expect(reason("LONDON — Kettering's, the 90-store homeware retailer, has partnered with an AI start-up to personalise its email offers.")).toBe("ai-used-internally");
  });

  it("reads AI after an added feature's cue even when the first sentence names no product", () => {
    expect(reason("Tablestack is online ordering and table booking for independent restaurants. We've just launched an optional AI menu translator for tourists.")).toBe("ai-used-internally");
    expect(reason("Handmade greeting cards by Rosa, from a tiny studio in Bristol. Card verses written with a little help from AI.")).toBe("ai-used-internally");
  });

  it("reads AI helping people do the work as used, even in the first sentence: AI-assisted dental check-ups", () => {
    expect(reason("AI-assisted dental check-ups in central Leeds. Our dentists use AI X-ray analysis to spot decay earlier.")).toBe("ai-used-internally");
  });

  it("reads a plural opening a sentence before a verb as customers, not the company", () => {
    expect(classify("CutList AI turns hand-drawn sketches into cutting lists for joinery workshops. Workshops pay £39 a month.").primaryDomain).toBe("generative-ai");
    // Two plurals joined, the second before a plural noun: customers too, not a trade's name ("Summit Roofing & Exteriors").
    expect(classify("Stockwise forecasts sales for every SKU in every store, weeks ahead. Retailers and CPG brands use it to set replenishment orders.").primaryDomain).not.toBeNull();
    expect(reason("We use AI to plan every job. Summit Roofing & Exteriors replaces roofs across Ohio.")).toBe("ai-used-internally");
  });

  it("reads a press verb of adoption as a use cue: has deployed, has added, now uses", () => {
    expect(reason("Alpine Lodge Hotels, which operates 14 hotels in ski resorts, has added an AI-powered chatbot to its website.")).toBe("ai-used-internally");
    expect(reason("Northgate Water, the utility that supplies 1.2 million homes, has deployed machine learning to spot leaks in its pipes.")).toBe("ai-used-internally");
  });

  it("counts no product word far from any AI word once the lead says the company is a business", () => {
    expect(reason("We're Crumb & Kettle, a family bakery in Leeds. The best sausage rolls in town (our customers' words). We started using AI to predict how many loaves to bake.")).toBe("ai-used-internally");
  });

  it("ties AI to the company's own operations after a count: our 40 presses", () => {
    expect(reason("Castell Plastics is a contract injection moulder in South Wales. Predictive maintenance using machine learning keeps our 40 presses running.")).toBe("ai-used-internally");
  });

  it("reads software whose AI is only a feature added to it as a business that uses AI", () => {
    expect(classify("Ledgerly is invoicing software for sole traders. This year we added an AI feature that suggests categories for bank transactions.").abstain).toEqual({
      reason: "ai-used-internally",
      message: 'The first sentence says what the product is without naming AI; AI comes only later ("AI"), as a feature added to it',
    });
    expect(reason("Rotaplan is rota software for care homes. A new AI option drafts next week's rota from last week's.")).toBe("ai-used-internally");
    expect(reason("Tasklane: boards, lists, timelines and time tracking for small teams. Long meeting notes? There's an AI summary for that too.")).toBe("ai-used-internally");
    expect(classify("Tasklane: boards, lists, timelines and time tracking for small teams. Long meeting notes? An AI summary writes them up.").abstain).toBeUndefined();
    // AI said of the product itself, or "now with AI" (a directory's pitch), is what it sells.
    expect(classify("Ledgerly is bookkeeping software for sole traders. Its AI reads your receipts and files VAT returns automatically.").primaryDomain).toBe("ai-saas");
    expect(classify("Automate e2e tests without the drudgery of test maintenance. Now with self-healing AI.").abstain).toBeUndefined();
  });

  it("reads AI named as one item of a list of the product's features as a feature, not the product", () => {
    expect(classify("Pipeworks CRM: contact management, deal pipelines, email sequences, calling, quotes, reporting, and an AI writing helper for follow-ups. Priced per seat, billed annually.").abstain).toEqual({
      reason: "ai-used-internally",
      message: 'The text says what the product is and names AI only as one of its features, listed among others ("AI writing")',
    });
    expect(reason("Email marketing for online stores. Drag-and-drop editor, automations, segmentation, A/B testing, and AI subject-line suggestions. Free up to 500 contacts.")).toBe("ai-used-internally");
    expect(reason("Launch your online store with Cartlane: themes, checkout, inventory, shipping labels, POS, discount codes and AI-written product descriptions. From $29 a month.")).toBe("ai-used-internally");
    // A dash after the item ends it, as a comma would.
    expect(reason("Shift schedules, timesheets, holiday requests, payroll export and an AI rota helper — Rotaly is workforce software for restaurants and bars.")).toBe("ai-used-internally");
    // The first item after a colon, an item that says "our AI", or AI naming whom the product serves is no listed feature.
    expect(classify("Autonomous outbound: AI SDRs that prospect, email and book meetings. Priced per agent.").primaryDomain).toBe("ai-agents");
    expect(classify("Venue managers, meet Eventdesk: our AI answers enquiries, quotes packages and holds dates. From $99 a month.").abstain).toBeUndefined();
    expect(classify("Our API returns company data, funding rounds and headcount for any domain name, used by CRMs and AI sales tools. Billed per API call.").primaryDomain).toBe("data-monetization");
  });

  it("reads AI named in the last item of a feature list as a feature in Spanish, Portuguese, German and French", () => {
    expect(classify("Software de reservas para peluquerías: agenda online, recordatorios por WhatsApp, cobros con tarjeta, fichas de clientes y un asistente con IA que redacta tus promociones. Desde 19 € al mes.").abstain).toEqual({
      reason: "ai-used-internally",
      message: 'The text says what the product is and names AI only as one of its features, listed among others ("asistente con IA")',
    });
    expect(reason("Sistema de gestão para oficinas mecânicas: ordens de serviço, estoque de peças, emissão de nota fiscal e orçamentos escritos por IA. R$ 89 por mês.")).toBe("ai-used-internally");
    expect(reason("Vereinssoftware aus Kassel: Mitgliederverwaltung, Beitragseinzug per SEPA, Terminplanung und ein KI-Assistent für Protokolle. Ab 9 € im Monat.")).toBe("ai-used-internally");
    // Every AI phrase of the item is the listed feature: "prévisions de ventes" with "assistées par IA".
    expect(classify("Logiciel de caisse pour boulangeries : encaissement, gestion des stocks, commandes clients, fidélité et prévisions de ventes assistées par IA. 49 € HT par mois.").abstain?.message).toBe('The text says what the product is and names AI only as one of its features, listed among others ("prévisions de ventes", "assistées par IA")');
    // AI that acts ("l'IA reconnaît"), AI over the whole list ("todo con IA") or AI that is not one feature's ("para quem treina IA") is no listed feature.
    expect(classify("Logiciel de métré pour le BTP : importez vos plans, l'IA reconnaît murs, portes, fenêtres et revêtements et calcule les quantités. 89 € par mois.").primaryDomain).toBe("ai-saas");
    expect(classify("Transcripción, resúmenes, traducción y actas, todo con IA. Desde 15 € al mes.").primaryDomain).toBe("generative-ai");
    expect(classify("Marketplace de datasets em português: empresas, universidades e pesquisadores vendem conjuntos de texto, voz e imagem para quem treina IA. Comissão de 20 % sobre cada venda.").primaryDomain).toBe("ai-marketplaces");
  });

  it("reads an AI word before a business head, with a word between, as how the business works: an AI-native law firm", () => {
    expect(classify("We are an AI-native law firm: software drafts the documents and our attorneys review them.").abstain).toEqual({
      reason: "ai-used-internally",
      message: 'The text describes a business that uses AI ("AI-native law firm", "our attorneys"), not one whose product is AI',
    });
    expect(reason("Pulse is the AI-first digital bank for freelancers, with smart insights on your cash flow.")).toBe("ai-used-internally");
    // Right before the head, or beside another AI word, it names the product.
    expect(classify("Mentora is an AI tutor for middle and high schools.").primaryDomain).toBe("ai-saas");
    expect(classify("Lexa is an AI-powered machine learning law firm platform.").abstain).toBeUndefined();
  });

  it("reads a first sentence that offers our or your AI product as an AI product: Our powerful AI SEO tool", () => {
    expect(classify("Our powerful AI SEO tool helps optimize your website for keywords, internal linking, URL structures and more. Unlock the power of our AI based SEO tool to start ranking in Google.").abstain).toBeUndefined();
    expect(classify("Your AI-Driven WhatsApp CRM supercharges WhatsApp productivity with message scheduler, automatic reply, CRM integration, and AI chatbot.").abstain).toBeUndefined();
    // After a first sentence that names the business, "our AI assistant" is a tool the business uses.
    expect(reason("Family-run Italian restaurant in Bath serving wood-fired pizza and fresh pasta. Book a table online or chat with our AI booking assistant, any time of day.")).toBe("ai-used-internally");
  });

  it("reads a short pitch to the reader that names no business and no we as a product's: Filechat", () => {
    const filechat = "Filechat is the perfect tool to explore documents using artificial intelligence. Simply upload your PDF and start asking questions to your personalized chatbot.";
    expect(classify(filechat).primaryDomain).toBe("rag");
    expect(classify(filechat.replace("perfect tool", "perfect US-made tool")).primaryDomain).toBe("rag");
    // With a "we", it is no pitch: the learned sells-AI reading decides, and reads "tool" and "chatbot" as a business's.
    expect(reason(`${filechat} We are in Lisbon.`)).toBe("ai-used-internally");
    // A "we" makes it a company's account of itself, read as before.
    expect(reason("Web and mobile app agency. Our developers use AI coding assistants in-house to ship faster for your project.")).toBe("ai-used-internally");
  });

  it("reads a customer's review of a product as the product's account: the business it names is the reviewer's", () => {
    const review = "Review: Tillbot, 5/5. We run customer service for an online furniture shop, five people and far too many emails. Last spring we put Tillbot's chatbot on our website; it now answers two thirds of the questions on its own and hands the rest to us with a summary.";
    expect(classify(review).primaryDomain).toBe("ai-agents");
    // Without the rating, it is the shop's own account of a chatbot it uses.
    expect(classify(review.replace("Review: Tillbot, 5/5. ", "")).abstain).toEqual({
      reason: "ai-used-internally",
      message: 'The text describes a business that uses AI ("on our website"), not one whose product is AI',
    });
    // A visitor's review of a business that uses AI names no business of the reviewer's: still the business's use.
    expect(reason("★★★★★ Took my van to Ortiz Auto Repair with a warning light two other garages couldn't explain. They ran an AI diagnostic scan and fixed it the same day.")).toBe("ai-used-internally");
  });

  it("reads a customer's testimonial that names the product adopted as the product's account", () => {
    const testimonial = "We run three restaurants in Chicago and Ordercast has changed how we order. It pulls our POS sales, reservations and the weather, predicts covers for each night with machine learning and drafts the produce order for the chef to approve.";
    expect(classify(testimonial).primaryDomain).toBe("ai-saas");
    // Without the product's name, it is the restaurants' own account of the AI they use.
    expect(reason(testimonial.replace("Ordercast has changed how we order", "this year we changed how we order"))).toBe("ai-used-internally");
    // A month or a pronoun after "Since" names no product: the insurer's claims team uses AI.
    expect(reason("Harbourside Mutual is a home and motor insurer in Wellington. Since March our claims team has triaged photos with AI, so minor claims are approved the same day.")).toBe("ai-used-internally");
  });

  it("reads a directory label ending in a generic head as the business: a staffing company's 'virtual employees' are people", () => {
    expect(reason("Remote staffing company: hire virtual employees and virtual SDRs from Latin America at a fraction of the cost.")).toBe("no-ai-signal");
    // A plural label names the customers: the product does the work.
    expect(classify("Letting agents: spots forged payslips and bank statements in tenant applications.").primaryDomain).toBe("ai-saas");
  });

  it("reads a trade's name in the possessive after an AI tagline as what the company is: Clydeside Couriers' dispatch engine", () => {
    expect(classify("AI-powered same-day delivery for Glasgow. Clydeside Couriers' AI dispatch engine batches jobs and routes our 80 riders, so your parcels arrive within three hours.").abstain).toEqual({
      reason: "ai-used-internally",
      message: 'The text describes a business that uses AI ("Clydeside Couriers"), not one whose product is AI',
    });
  });

  it("reads modifiers joined by 'and' through to the business head: a licensed home and contents insurer", () => {
    expect(classify("Home cover, rebuilt with AI. Keelson is a regulated home and contents insurer in Ireland: machine learning prices each policy from hundreds of property signals and settles simple claims in minutes.").abstain?.message).toBe(
      'The text describes a business that uses AI ("regulated home and contents insurer"), not one whose product is AI',
    );
  });
});

describe("a long page that names AI once, in passing", () => {
  it("abstains as ai-used-internally, not no-ai-signal: the mention is no evidence, but it names AI", () => {
    const body = "Our yard services engines, rigging and winter storage for up to 200 boats, and owners can book lifts online. ".repeat(10);
    const page = `Tidewater Marine has repaired boats on the Solent since 1979.\n\n${body}\n\nLast year we started using a machine learning tool to schedule the yard.`;
    expect(page.length).toBeGreaterThan(1200);
    expect(classify(page).abstain).toEqual({ reason: "ai-used-internally", message: 'The text names AI only in passing ("machine learning"), not as what it sells' });
  });

  it("is still named when the learned AI signal and domain prior read the page as an AI product", () => {
    const page = [
      "Shelfshot",
      "Product photos, minus the photo studio.",
      "",
      "Upload one plain photo of your product and get back forty finished lifestyle shots: a bottle on a sunlit bathroom shelf, a mug on a marble counter, a candle beside a rain-streaked window. Your label stays sharp and your colours stay true.",
      "",
      "[Start free]   [See examples]",
      "",
      "Trusted by 6,000 shops, from one-person soap makers to national coffee roasters.",
      "",
      "Why Shelfshot",
      "A lifestyle shoot costs thousands and takes weeks to book. Shelfshot creates new scenes around your real product in seconds. New season? Make the autumn set this afternoon.",
      "",
      "Features",
      "Scene builder: describe the scene you want in a sentence, or start from 300 presets made by set designers.",
      "Label lock: your packaging text and barcode are kept pixel for pixel.",
      "Batch mode: drop in a spreadsheet of 1,000 products and a scene recipe, and come back to a folder of finished images.",
      "Motion: six-second video loops and unboxing clips for Reels and TikTok.",
      "Export: one click to the exact image sizes of Shopify, Etsy and Amazon.",
      "",
      "Integrations",
      "Shopify, WooCommerce, Etsy, Canva, Google Drive, Dropbox and a REST API.",
      "",
      "What customers say",
      "\"Our conversion rate went up 15% after we switched to Shelfshot images.\" Dana Reyes, founder, Reyes Soap Co.",
      "",
      "Pricing",
      "Free: 10 images a month. Studio: $39/month for 500 images. Team: $199/month, unlimited brands.",
      "",
      "FAQ",
      "Do I own the images? Yes, every image is yours to use commercially.",
      "Is my product data safe? We never share your uploads. Background removal runs on a machine learning model hosted in the EU.",
      "",
      "Shelfshot Inc., Austin, Texas. Privacy · Terms · Careers · Press",
    ].join("\n");
    expect(page.length).toBeGreaterThan(1200);
    const r = classify(page);
    expect(r.primaryDomain).toBe("generative-ai");
    expect(r.domains[0]!.reasons[0]!.rule).toBe("ai-signal/learned-domain");
  });
});

describe("no AI signal", () => {
  it.each([
    ["receptionists who answer the phone", "Parkside Dental is a family dental practice in Leeds. Our friendly receptionists answer the phone and book appointments from 8am."],
    ["travel agents who answer the phone", "Our travel agents plan honeymoons, safaris and city breaks, and they answer the phone seven days a week."],
    ["a wine merchant's tastings", "Harlow & Vine is a wine merchant in Winchester with monthly tastings for every taste."],
    ["certified translators do the work", "Translates legal and medical documents into 40 languages, with certified translators and notarisation."],
    ["a web host", "Greenleaf Hosting provides managed cloud servers and WordPress hosting for agencies. Plans from £12/month."],
  ])("%s", (_name, description) => {
    expect(classify(description).abstain?.reason).toBe("no-ai-signal");
  });

  it("a product that answers the phone for its customers still offers AI", () => {
    expect(classify("Ringo answers the phone for plumbers and books jobs into their calendar.").primaryDomain).toBe("ai-agents");
    expect(classify("Pip picks up your café's phone when you're busy: it takes table bookings and answers questions.").primaryDomain).toBe("ai-agents");
  });
});

describe("a question opening the text", () => {
  it("is a hook: the lead runs on to the next sentence, which says what the company is", () => {
    const text = "How busy was every mall in Ohio last week? Footcount sells that answer: visitor counts from opted-in phone panels, modeled with machine learning and delivered under a data licence. Updated weekly.";
    expect(text.slice(0, firstSentenceEnd(text))).toBe("How busy was every mall in Ohio last week? Footcount sells that answer: visitor counts from opted-in phone panels, modeled with machine learning and delivered under a data licence");
    expect(classify(text).primaryDomain).toBe("data-monetization");
  });

  it("reads a kind of business the product serves as vertical evidence for AI-Powered SaaS, quoted as written", () => {
    const vertical = (description: string) => classify(description).domains.find((d) => d.id === "ai-saas")?.reasons.find((r) => r.rule === "ai-saas/vertical")?.evidence;
    expect(vertical("Hair and beauty salons in Brazil and Mexico use Agendinha, an AI assistant on WhatsApp that chats with clients and books appointments.")).toEqual(["salons"]);
    expect(vertical("Plumbers use our AI receptionist to answer every call.")).toEqual(["Plumbers"]);
    expect(vertical("Made for translation agencies: our AI pre-translates each project with your termbases.")).toEqual(["agencies"]);
    // The company's own business is no customer: it uses AI.
    expect(reason("We are a salon in Leeds. Our salon uses AI to book appointments.")).toBe("ai-used-internally");
  });

  it("does not read a text that opens by calling the company an AI product as one that uses AI, unless it names a business", () => {
    expect(classify("AgentX is an AI-powered sales assistant designed to enhance sales strategies and efficiency through advanced features like a Memory Module and Online Mode.").primaryDomain).toBe("ai-agents");
    expect(classify("Mailsplash is your AI email marketer. From copywriting to design, Mailsplash equips you with the tools you need.").primaryDomain).toBe("generative-ai");
    expect(reason("Covera is an AI-powered insurance broker for restaurants, cafés and bars. Tell us about your kitchen and we'll shop 25 carriers.")).toBe("ai-used-internally");
    // A verb of offering introduces the product as "is" and an article do (AI X-ray reading: deep learning, sold to a trade).
    expect(classify("Vetology offers AI radiology for veterinary clinics. A practice uploads dog or cat radiographs and gets back an AI screening report within minutes, and can escalate the case to a board-certified veterinary radiologist through the same platform.").primaryDomain).toBe("deep-learning");
  });
});
