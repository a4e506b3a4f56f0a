package org.answerable.reply;

import java.util.regex.Pattern;

/**
 * The stock phrases of UK FOI correspondence that tell what an authority did with a question,
 * gathered in one place so that a phrase met in a real letter is added once.
 */
final class ReplyWording {

    // "This information is not held", "we do not hold the information": about the information,
    // so that "the service does not hold a budget" (an answer) does not count.
    static final Pattern NOT_HELD = Pattern.compile("(?i)(?:\\b(?:is|are|was|were|been)\\s+not\\s+(?:\\w+\\s+)?held\\b"
            + "|\\b(?:do|does|did)\\s*n[o'’]?t\\s+(?:\\w+\\s+)?(?:hold|record|collate|keep)\\s+(?:any\\s+|the\\s+|this\\s+|that\\s+"
            + "|such\\s+|these\\s+)?(?:recorded\\s+)?(?:information|data|records?|figures?|details|statistics)"
            + "|\\bholds?\\s+no\\s+(?:recorded\\s+)?(?:information|data|records)|\\bno\\s+(?:recorded\\s+)?(?:information|data|records)"
            + "\\s+(?:is|are)\\s+held|(?:^|\\n)\\W*not\\s+held\\b|\\binformation\\s+not\\s+held\\b"
            + "|\\b(?:do|does|did)\\s*n[o'’]?t\\s+(?:currently\\s+|centrally\\s+)?record\\b"
            + "|\\b(?:is|are)\\s+not\\s+(?:centrally\\s+)?(?:recorded|captured|collected|kept|retained)\\b"
            + "|\\b(?:do|does)\\s*n[o'’]?t\\s+(?:\\w+\\s+)?have\\s+(?:a|any)\\s+(?:\\w+\\s+)?(?:system|record|records)\\b"
            + "|\\b(?:do|does)\\s*n[o'’]?t\\s+(?:\\w+\\s+)?hold\\s+(?:any\\s+|the\\s+)?information)");

    // "‘NCND’ indicates a response in which…": a key to a table's terms, not the answer's outcome.
    static final Pattern TERM_DEFINED = Pattern.compile("(?i)[‘'“\"][^‘'“\"’”\n]{1,30}[’'”\"]\\s+(?:refers\\s+to|indicates|means|denotes"
            + "|stands\\s+for|is\\s+used\\s+(?:for|where|when))[^.\\n]*\\.?");

    // "Rather than refusing your request outright, … we could provide …": an offer to narrow it.
    static final Pattern INSTEAD_OF_REFUSING = Pattern.compile("(?i)\\brather\\s+than\\s+refus\\w*(?:\\s+(?:your|the|this)\\s+request)?");

    static final Pattern NEITHER_CONFIRM_NOR_DENY = Pattern.compile("(?i)\\bneither\\s+confirms?\\s+n?or\\s+(?:deny|denies)|\\bNCND\\b"
            + "|\\b(?:will|can)\\s*not\\s+confirm\\s+or\\s+deny|\\bcannot\\s+confirm\\s+or\\s+deny"
            + "|exempt(?:ion)?\\s+from\\s+the\\s+duty\\s+to\\s+confirm\\s+or\\s+deny");

    static final Pattern REFUSAL = Pattern.compile("(?i)\\b(refus(?:e|ed|es|ing|al)|exempt(?:ion|ions|ed)?|withh[oe]ld(?:ing)?"
            + "|redacted|exceed\\w*\\s+the\\s+\\W?(?:appropriate|cost|prescribed)(?:\\s+costs?)?\\s+(?:limit|level)|manifestly\\s+unreasonable"
            + "|vexatious|not\\s+obliged\\s+to\\s+(?:supply|provide|comply))\\b");

    // Spaces within a line: "available" at a line's end and "Via …" on the next are two thoughts.
    private static final String SP = "[ \\u00A0]+";
    private static final String NOT_US = "(?!us\\b|the" + SP + "council\\b|this" + SP + "council\\b|the" + SP + "authority\\b)";

    // "Published on our website", "available at https://…", "held by the police": the requester
    // can get it elsewhere. "Publicly available" alone is too loose: councils add it to answers.
    static final Pattern ELSEWHERE = Pattern.compile("(?i)(https?://|\\bwww\\.|(?<!will\\s{1,3}be\\s{1,3})\\bpublished" + SP + "(?:on|at|in|by|via|online|here)\\b"
            + "|\\bavailable" + SP + "(?:online|on" + SP + "(?:our|the|their)" + SP + "website|at|from|on|via)\\b"
            + "|\\bcan" + SP + "be" + SP + "(?:found|accessed|viewed|downloaded)" + SP + "(?:at|on|via|here|from)\\b"
            + "|\\b(?:is|are|would" + SP + "be|may" + SP + "be)" + SP + "held" + SP + "by" + SP + NOT_US
            + "|\\byou" + SP + "(?:may|might)" + SP + "wish" + SP + "to" + SP + "(?:contact|direct|redirect|approach|write" + SP + "to)"
            + "|\\b(?:redirect|direct|address|send)" + SP + "your" + SP + "request" + SP + "to\\b"
            + "|\\bis" + SP + "(?:the" + SP + ")?responsibility" + SP + "of" + SP + NOT_US + ")");

    // "As per the clarification, …": a clarification already given is no request for one.
    static final Pattern CLARIFICATION = Pattern.compile("(?i)(?<!(?:as\\s{1,3}per|following|after|given)\\s{1,3}(?:the|your)\\s{1,3})\\b(clarif(?:y|ication)|could\\s+you\\s+(?:please\\s+)?"
            + "(?:confirm|specify|explain)|please\\s+(?:confirm|specify)\\s+(?:what|which|whether))");

    static final Pattern PUBLIC_INTEREST = Pattern.compile("(?i)\\bpublic\\s+interest\\s+(?:test|in\\s+(?:maintaining|disclos|withhold)"
            + "|arguments?|factors?|considerations?|balance)|\\bbalance\\s+of\\s+(?:the\\s+)?public\\s+interest"
            + "|\\bin\\s+the\\s+public\\s+interest\\s+to");

    // "Please see the attached spreadsheet", "is enclosed": a document handed over; "a claim came in
    // attached to a complaint" is not.
    private static final String ATTACHED = "(?:(?:is|are|been|find|see|the|an|our|please)\\s+(?:the\\s+)?(?:attached|enclosed)"
            + "|(?:attached|enclosed)\\s+(?:is|are|please|you\\s+will|document|spreadsheet|file|list|table|copy|pdf|excel|sheet|report"
            + "|information|data|figures|letter|appendix|annex|response)|(?:attached|enclosed)[.:]?[ \\u00A0]*(?:\\n|$))";

    // A document handed over with the answer: beside a refusal it makes the answer partial.
    private static final String GIVEN = ATTACHED + "|accompanying|pleased\\s+to\\s+provide"
            + "|(?:have|has)\\s+(?:been\\s+)?provided\\s+(?:you\\s+with|below|for)|(?:shown|provided)\\s+below";
    static final Pattern DOCUMENT_GIVEN = Pattern.compile("(?i)\\b(?:" + GIVEN + ")\\b");

    // Signs that the answer itself gives something: a document or a set of figures, or a pointer
    // to figures below it ("please find", "as follows", "see below", but not "the reasons set out below").
    static final Pattern PROVIDED = Pattern.compile("(?i)\\b(?:" + GIVEN + "|please\\s+find|as\\s+follows"
            + "|(?<!reasons?\\s{1,3})(?:see|set\\s+out|detailed)\\s+below)\\b");

    // A requester asking, in a quoted request: "please could you provide", "I would like".
    static final Pattern REQUESTER_ASKS = Pattern.compile("(?i)\\bplease\\s+(?:could\\s+you\\s+)?(?:provide|send|supply|tell|confirm|advise|explain)"
            + "|\\b(?:could|can)\\s+you\\b|\\bI\\s+(?:request|would\\s+like|am\\s+requesting|ask)\\b");

    // The request's own closing words, which replies restate after the last answer.
    static final Pattern REQUESTER_VOICE = Pattern.compile("(?i)\\b(please\\s+(?:instead\\s+)?provide\\s+(?:it|this|the\\s+information|me)"
            + "|I\\s+would\\s+(?:like|be\\s+grateful)|I['’]d\\s+(?:also\\s+)?like|I\\s+look\\s+forward\\s+to|I\\s+am\\s+(?:\\w+\\s+)?trying\\s+to"
            + "|I\\s+presume|I\\s+don['’]t\\s+know|thank\\s+you\\s+for\\s+your\\s+(?:help|assistance))\\b");

    // The letter's close: re-use licence, review rights, signature and contact details.
    static final Pattern SIGN_OFF = Pattern.compile("(?i)^\\W*(you\\s+may\\s+re-?use|you\\s+(?:are\\s+free|can)\\s+(?:to\\s+)?re-?use"
            + "|if\\s+you\\s+are\\s+(?:dis|un|not\\s+)?(?:satisfied|happy)|if\\s+you\\s+wish\\s+to\\s+(?:complain|appeal|request\\s+an?\\s+"
            + "(?:internal\\s+)?review)|internal\\s+review\\b|yours\\s+(?:sincerely|faithfully)|(?:kind|best|warm)\\s+regards"
            + "|regards,?\\s*$|information\\s+governance|e-?mail\\s*:|tel(?:ephone)?\\s*:|you\\s+have\\s+the\\s+right\\s+to"
            + "|copyright|please\\s+(?:remember\\s+to\\s+)?quote\\s+(?:the|your|our)\\s+reference)|open\\s+government\\s+licen[cs]e");

    // A heading over the authority's answers: "Response", "In Response:", "We answered",
    // "Information provided for the answer:", "Response 28-07-2021", "Our response", "Response provided:",
    // and in Welsh letters "Ymateb:" / "Ateb:".
    static final Pattern RESPONSE_HEADING = Pattern.compile("(?i)^[\\s\\u00A0*_#>]*(?:(?:our|my|the\\s+council['’]s|in|council|final|full|formal)\\s+)?"
            + "(?:(?:responses?|answers?|reply)(?:\\s+(?:provided|given))?|we\\s+answered|information\\s+provided(?:\\s+for\\s+the\\s+answer)?|decision"
            + "|ymateb|ateb)"
            + "(?:[\\s\\u00A0]*[:\\-–]?[\\s\\u00A0]*\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4})?[\\s\\u00A0*_:.]*$"
            // "The Scottish Fire and Rescue Service (SFRS) response –": the body's name over its answers.
            + "|(?i)^[\\s\\u00A0*_#>]*(?:the\\s+)?(?:[\\p{L}()&'’.]+\\s+){1,8}(?:response|reply)\\s*[:\\-–—][\\s\\u00A0*_]*$");

    // The letter's own opening, before anything is answered: thanks, the reference, how the
    // request was handled. "Your request has now been considered." alone says more and stays.
    static final Pattern ACKNOWLEDGEMENT = Pattern.compile("(?i)^[\\s\\u00A0]*(?:thank\\s+you\\s+for\\s+your\\s+(?:information\\s+)?"
            + "(?:request|e-?mail|letter|correspondence|enquiry)|your\\s+(?:information\\s+)?(?:request|e-?mail|letter|query|enquiry)\\s+(?:has\\s+been|was|is\\s+being)"
            + "\\s+(?:considered|handled|dealt\\s+with|processed|logged)\\s+(?:under|in\\s+accordance\\s+with)"
            + "|I\\s+am\\s+writing\\s+(?:further\\s+to|in\\s+response\\s+to|regarding)\\s+your|I\\s+refer\\s+to\\s+your\\s+(?:request|e-?mail|letter)"
            + "|I\\s+write\\s+(?:in\\s+response\\s+to|further\\s+to|regarding)\\s+your"
            + "|your\\s+(?:request|e-?mail|letter)\\s+(?:was|has\\s+been)\\s+received\\b"
            + "|your\\s+(?:e-?mails?|letters?|requests?)\\b[^.]{0,80}?\\b(?:is|are|has\\s+been|have\\s+been)\\s+(?:being\\s+)?"
            + "(?:considered|treated|handled|dealt\\s+with)\\s+(?:to\\s+be\\s+|as\\s+)?(?:a\\s+)?(?:request|under|in\\s+accordance)"
            + "|I\\s+am\\s+writing\\s+to\\s+confirm\\s+that\\s+[^.]{0,80}\\bcompleted\\s+(?:its|our|the)\\s+search)");
    static final Pattern LINE_OPENING = Pattern.compile("(?i)^[\\s\\u00A0]*(?:our|your)\\s+ref(?:erence)?\\b"
            + "|^[\\s\\u00A0]*(?:foi\\s+|request\\s+)?ref(?:erence)?(?:\\s+no\\.?)?\\s*:|^[\\s\\u00A0]*(?:dear|hi|hello)\\s"
            + "|^[\\s\\u00A0]*date(?:\\s+of\\s+(?:response|reply|request))?\\s*:|^[\\s\\u00A0]*https?://\\S+[ \\t\\u00A0]*(?=\\n|$)"
            // "Freedom of Information Request 16/06/669": a heading line, not an answer.
            + "|^[\\s\\u00A0]*(?:freedom\\s+of\\s+information|foi|foia|eir)\\s+(?:request|act)\\b[^.\\n]{0,40}(?=\\n|$)"
            + "|^[\\s\\u00A0]*(?:your\\s+)?request\\s+for\\s+information\\b[^.\\n]{0,40}(?=\\n|$)");

    // An outcome for the whole request stated before the questions: the cost limit, vexatious,
    // neither confirm nor deny.
    static final Pattern WHOLE_LETTER = Pattern.compile("(?i)exceed\\w*\\s+the\\s+\\W?(?:appropriate|cost|prescribed)(?:\\s+costs?)?\\s+(?:limit|level)"
            + "|\\bthe\\s+appropriate\\s+limit\\s+(?:is|of)\\s+£"
            + "|cost\\s+of\\s+complying\\s+with\\s+(?:your|this|the)\\s+request|\\bvexatious\\b|\\bneither\\s+confirms?\\s+n?or\\s+(?:deny|denies)"
            + "|\\bmanifestly\\s+unreasonable");

    // "See response to Question 2", "Please refer to our answer to question 4": an answer given elsewhere.
    static final Pattern SEE_OTHER_ANSWER = Pattern.compile("(?i)^[\\s\\u00A0]*(?:please\\s+)?(?:see|refer\\s+to|as\\s+(?:per|in|for))\\s+"
            + "(?:the\\s+|our\\s+|my\\s+)?(?:response|answer|reply)\\s+(?:to|for|at|in)\\s+(?:question|q|request|point)\\s*\\.?\\s*(\\d{1,2})\\b");

    private ReplyWording() {
    }
}
