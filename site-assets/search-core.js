// Search engine shared by the page's Web Worker and by Node (tests, evaluation): the same tokenisation as the Java
// index builder (dev.faqsite.text.Terms), the lunr queries, highlighting, and the sharded index, of which a query
// fetches only the files it needs.
(function (root, factory) {
  "use strict";
  var api = factory();
  if (typeof module === "object" && module.exports) {
    module.exports = api;
  } else {
    root.FaqSearchCore = api;
  }
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  var HAN = /\p{Script=Han}/u;
  /** Query words this long or longer tolerate one typo, and from TWO_TYPO_LENGTH on two. */
  var TYPO_TOLERANT_LENGTH = 5;
  var TWO_TYPO_LENGTH = 9;
  /** How much a misspelt or half-typed word counts against the word itself. */
  var TYPO_WEIGHT = 0.3;
  /**
   * Longer words that begin with the same this many letters are one family, which stemming does not always join
   * (classifier → classifi, classification → classif; regulatory, regulation): a word of the query also matches its
   * family, as weakly as a typo.
   */
  var FAMILY_PREFIX = typeof FAQ_SEARCH_FAMILY_PREFIX === "number" ? FAQ_SEARCH_FAMILY_PREFIX : 7;
  var PREFIX_WEIGHT = 0.5;
  /** How much a bigram that spans two words of the query counts in ranking. */
  var SEAM_WEIGHT = typeof FAQ_SEARCH_SEAM === "number" ? FAQ_SEARCH_SEAM : 0.02;
  /** The power of the matched share a result's score is multiplied by. */
  var COORDINATION = typeof FAQ_SEARCH_COORDINATION === "number" ? FAQ_SEARCH_COORDINATION : 1;
  // The FAQ_SEARCH_* globals exist only for tuning runs (eval-search with a prefixed copy of this script); the site
  // never defines them.
  /**
   * Share of a query's informative weight a result must match: rare words decide, and a query about something no
   * page covers (its rare words match nothing) finds nothing rather than every page sharing a common word.
   */
  var MIN_SHARE = typeof FAQ_SEARCH_MIN_SHARE === "number" ? FAQ_SEARCH_MIN_SHARE : 0.3;
  /**
   * A query of more informative words than this is a sentence, and the more words a sentence has, the more of them
   * are incidental ("…when selling AI products, and how do I deal with them?"): a result must match as much of it
   * as of a query this long (MIN_SHARE of this many words' worth), not MIN_SHARE of every word.
   */
  var SENTENCE_WORDS = typeof FAQ_SEARCH_SENTENCE_WORDS === "number" ? FAQ_SEARCH_SENTENCE_WORDS : 4;
  /** How much a word of the query that no page has counts, against the rarest word a page has. */
  var MISSING_WEIGHT = typeof FAQ_SEARCH_MISSING_WEIGHT === "number" ? FAQ_SEARCH_MISSING_WEIGHT : 1;
  /** At most this many missing words count against a query. */
  var MISSING_CAP = typeof FAQ_SEARCH_MISSING_CAP === "number" ? FAQ_SEARCH_MISSING_CAP : 2;
  /**
   * When words no page has leave nothing that matches enough, the pages matching this share of the words the site
   * does have are shown instead, at most CLOSEST of them, as the closest questions rather than as answers: a long
   * question that names its subject among words of its own ("…会遇到哪些风险，又该如何规避？") still finds it, and
   * a question about something the site does not cover shows three pages, labelled, instead of a list.
   */
  var CLOSEST_SHARE = typeof FAQ_SEARCH_CLOSEST_SHARE === "number" ? FAQ_SEARCH_CLOSEST_SHARE : 0.5;
  var CLOSEST = 3;
  /**
   * A word a page has only in passing (in its answer, or among the general thesaurus's related words) counts this
   * share of its weight towards what a result must match: a query whose words a few answers mention in passing is
   * about something else ("speech synthesis" on a site that names speech recognition once).
   */
  var PASSING_SHARE = typeof FAQ_SEARCH_PASSING === "number" ? FAQ_SEARCH_PASSING : 0.75;
  var PASSING_FIELDS = new Set(["answer", "related"]);
  var WORD = /[\p{L}\p{Nd}]/u;
  var STOP_WORDS = new Set(("a able about across after all almost also am among an and any are as at be because been " +
    "but by can cannot could dear did do does either else ever every for from get got had has have he her hers him his " +
    "how however i if in into is it its just least let like likely may me might most must my neither no nor not of " +
    "off often on only or other our own rather said say says she should since so some than that the their them then " +
    "there these they this tis to too twas us wants was we were what when where which while who whom why will with " +
    "would yet you your").split(" "));
  /**
   * English words that carry no topic in a reader's question beyond lunr's stop words ("what even is", "i don't
   * really"): in a query they neither decide nor block a result and count little in ranking; the index keeps them.
   */
  var QUERY_FILLER_WORDS = new Set(("about above actually again against almost already anyone anything anyway " +
    "around away basically before being below between both came come comes coming could definitely doing done " +
    "during each else enough especially etc even ever everyone everything exactly fine further getting give gives " +
    "going gone good great here itself keep keeps kind know knows later lot lots made make makes making many maybe " +
    "more much myself need needs nobody nothing now once ones onto others ourselves out over people please pretty " +
    "probably put quite really right same see seem seems seriously shall simply somebody someone something " +
    "sometimes somewhat soon sort still stuff sure take takes tell thing things think through thus together try " +
    "trying under until upon use used uses using very want way ways well went whatever whether without yes " +
    "yourself " +
    // what is left of contractions split at the apostrophe: don't → don + t
    "aren couldn d didn doesn don hadn hasn haven isn ll m re s shouldn t ve wasn weren won wouldn").split(" "));

  /**
   * Chinese function words and question phrasing in a reader's query: they separate its words instead of counting
   * (the index keeps every bigram; only the query leaves these out). Single characters are listed only where they
   * are almost never part of a word.
   */
  var HAN_FUNCTION_WORDS = ("的 吗 呢 吧 啊 呀 之一 如何 怎样 怎么 怎么样 怎么办 咋办 什么 哪些 哪个 哪里 为什么 是否 能否 " +
    "可以 可能 一下 一些 一个 一种 以及 进行 过程中 我们 你们 他们 这些 那些 这个 那个 如果 因为 所以 但是 而且 或者 并且 " +
    "通过 需要 好不好 是不是 能不能 有没有 要不要 会不会 该怎么 应该 到底 究竟 请问 有哪些 都有哪些 咋整 咋弄 咋样").split(" ");
  var LONGEST_FUNCTION_WORD = 4;
  var FUNCTION_WORD_SET = new Set(HAN_FUNCTION_WORDS);
  /**
   * A number or demonstrative with a measure word (一家, 这种, 每个, 几位) counts things rather than naming them: as
   * rare on a site as any word, it would outweigh the query's subject (一家 in 一家做大模型的初创公司).
   */
  var COUNTING_CHARACTERS = Array.from("一两几每这那哪某各");
  var MEASURE_WORDS = Array.from("个种家位款支条项套次件批名段份张台些类群");
  COUNTING_CHARACTERS.forEach(function (counting) {
    MEASURE_WORDS.forEach(function (measure) {
      FUNCTION_WORD_SET.add(counting + measure);
    });
  });
  /** Characters that, at the edge of a matched bigram, belong to the next word rather than the matched one. */
  var EDGE_CHARACTERS = new Set(Array.from("的了吗呢吧啊呀在是和与及或把被从也都就而之其中对为"));

  /**
   * Characters that join words in a sentence (prepositions, auxiliaries, measure words, 用, 来, 时…): a bigram no
   * page has that is made of these and of characters other bigrams matched is a seam between words, not a word
   * missing from the site.
   */
  var GLUE_CHARACTERS = new Set(Array.from("的了吗呢吧啊呀么在是和与及或把被从也都就而之其中对为用来时到里上下跟让给" +
    "向能会要做很还又再才只更最太着过们个些种样啥谁哪几该得地此这那我你他她它咋老"));

  function isHan(character) {
    return HAN.test(character);
  }

  function isWordPart(character) {
    return WORD.test(character) && !isHan(character);
  }

  function stem(lunr, word) {
    return lunr.stemmer(new lunr.Token(word)).toString();
  }

  /** The manifest's fold table, pairs of (traditional, simplified) characters, as a Map. */
  function foldTable(pairs) {
    var table = new Map();
    var characters = Array.from(pairs || "");
    for (var i = 0; i + 1 < characters.length; i += 2) {
      table.set(characters[i], characters[i + 1]);
    }
    return table;
  }

  /** The characters of a text as index terms see them: NFKC, lower case, traditional folded to simplified. */
  function normalisedCharacters(text, fold) {
    var characters = Array.from(String(text || "").normalize("NFKC").toLowerCase());
    if (fold && fold.size) {
      for (var i = 0; i < characters.length; i++) {
        var simplified = fold.get(characters[i]);
        if (simplified) {
          characters[i] = simplified;
        }
      }
    }
    return characters;
  }

  /**
   * Runs of a text: {han: true, characters} for a Han run, {word, surface} for another word (stop words left out),
   * in order. The same scan as dev.faqsite.text.Terms.
   */
  function runs(lunr, characters) {
    var out = [];
    var i = 0;
    while (i < characters.length) {
      var end = i;
      if (isHan(characters[i])) {
        while (end < characters.length && isHan(characters[end])) {
          end++;
        }
        out.push({ han: true, characters: characters.slice(i, end) });
        i = end;
      } else if (WORD.test(characters[i])) {
        while (end < characters.length && isWordPart(characters[end])) {
          end++;
        }
        var word = characters.slice(i, end).join("");
        if (!STOP_WORDS.has(word)) {
          out.push({ han: false, surface: word, word: stem(lunr, word) });
        }
        i = end;
      } else {
        i++;
      }
    }
    return out;
  }

  /** Bigrams of a Han run; a lone character stays a unigram. */
  function bigrams(characters) {
    if (characters.length === 1) {
      return [characters[0]];
    }
    var out = [];
    for (var k = 0; k + 1 < characters.length; k++) {
      out.push(characters[k] + characters[k + 1]);
    }
    return out;
  }

  /**
   * Index terms of a text, exactly as dev.faqsite.text.Terms#forSearch makes them: NFKC and lower case,
   * traditional characters folded with the manifest's table; Han runs give overlapping bigrams (a lone character
   * stays a unigram); other letters and digits form words, English stop words are dropped and the rest
   * Porter-stemmed; everything else separates.
   */
  function terms(lunr, text, fold) {
    var out = [];
    runs(lunr, normalisedCharacters(text, fold)).forEach(function (run) {
      if (run.han) {
        Array.prototype.push.apply(out, bigrams(run.characters));
      } else {
        out.push(run.word);
      }
    });
    return out;
  }

  /** lunr tokenizer producing the final terms, for building an index with lunr.js itself. */
  function tokenizer(lunr, fold) {
    return function (text) {
      return terms(lunr, text, fold).map(function (term) {
        return new lunr.Token(term, {});
      });
    };
  }

  /** A Han run of a query without its function words: the pieces between them, at least one character each. */
  function withoutFunctionWords(characters) {
    var pieces = [];
    var start = 0;
    var i = 0;
    while (i < characters.length) {
      var length = 0;
      for (var n = Math.min(LONGEST_FUNCTION_WORD, characters.length - i); n > 0 && !length; n--) {
        if (FUNCTION_WORD_SET.has(characters.slice(i, i + n).join(""))) {
          length = n;
        }
      }
      if (length) {
        if (i > start) {
          pieces.push(characters.slice(start, i));
        }
        i += length;
        start = i;
      } else {
        i++;
      }
    }
    if (start < characters.length) {
      pieces.push(characters.slice(start));
    }
    // A query of function words alone still means something: search for it as typed.
    return pieces.length ? pieces : [characters];
  }

  /**
   * The units of a reader's query, each of which a result may match or not: a Chinese bigram (or lone character,
   * which also matches the words it starts), or a word, which also matches misspellings of it and, while being
   * typed, words it begins. Each unit is {term, surface, han, characters: [Han characters], typo, prefix}.
   */
  function units(lunr, query, fold) {
    var characters = normalisedCharacters(query, fold);
    var typing = characters.length > 0 && !/\s/u.test(characters[characters.length - 1]);
    var queryRuns = runs(lunr, characters);
    var out = [];
    queryRuns.forEach(function (run, r) {
      var last = typing && r === queryRuns.length - 1;
      if (run.han) {
        withoutFunctionWords(run.characters).forEach(function (piece) {
          bigrams(piece).forEach(function (term) {
            // A lone character typed by itself stands for the words it starts; one left between function words
            // (挑 of 挑一个) is just a character.
            out.push({ term: term, han: true, characters: Array.from(term),
              prefix: run.characters.length === 1 ? term : null });
          });
        });
      } else {
        var length = Array.from(run.surface).length;
        // The word being typed: its beginning matches the words it begins, as written ("trainin" → "training",
        // indexed as its stem "train") and as stemmed.
        var prefix = last && isWordPart(characters[characters.length - 1]) ? run.surface : null;
        out.push({
          term: run.word, surface: run.surface, han: false, characters: [], filler: QUERY_FILLER_WORDS.has(run.surface),
          typo: length >= TYPO_TOLERANT_LENGTH ? (length >= TWO_TYPO_LENGTH ? 2 : 1) : 0,
          prefix: prefix
        });
      }
    });
    return out;
  }

  /**
   * The lunr clauses of a reader's query on a whole index, as lunr alone can express them (every term counts, the
   * word being typed as a prefix, longer words with one typo on the stem): for building and comparing indexes.
   */
  function clauses(lunr, query, fold) {
    var out = [];
    units(lunr, query, fold).forEach(function (unit) {
      out.push({ term: unit.term });
      if (unit.prefix) {
        out.push({ term: unit.prefix, wildcard: true, boost: PREFIX_WEIGHT });
      } else if (unit.typo) {
        out.push({ term: unit.term, editDistance: 1, boost: TYPO_WEIGHT });
      }
    });
    return out;
  }

  /** Runs lunr clauses ({term, wildcard, editDistance, boost}) on a lunr index; results best first. */
  function runClauses(lunr, index, queryClauses) {
    if (queryClauses.length === 0) {
      return [];
    }
    return index.query(function (q) {
      queryClauses.forEach(function (clause) {
        var options = { usePipeline: false };
        if (clause.wildcard) {
          options.wildcard = lunr.Query.wildcard.TRAILING;
        }
        if (clause.editDistance) {
          options.editDistance = clause.editDistance;
        }
        if (clause.boost !== undefined) {
          options.boost = clause.boost;
        }
        q.term(clause.term, options);
      });
    });
  }

  /** Runs a reader's query on a whole lunr index with {@link clauses}; results best first, as lunr returns them. */
  function search(lunr, index, query, fold) {
    return runClauses(lunr, index, clauses(lunr, query, fold));
  }

  /**
   * Runs a planned query ({@link ShardedIndex#plan}) on a lunr index holding at least the planned terms, keeping
   * the results that match enough of the query: best first, as lunr ranks them.
   */
  /**
   * The documents that match enough of the planned query, best first; when none does and the query has words no
   * page has, the CLOSEST best that match enough of the words the site has (and any tied with the last), marked
   * {closest: true}.
   */
  function rankPlanned(lunr, index, plan) {
    var ranked = rankRequiring(lunr, index, plan, plan.required, plan.total);
    if (ranked.length > 0 || !plan.closest) {
      return ranked;
    }
    return closestOf(rankRequiring(lunr, index, plan, plan.closest.required, plan.closest.total));
  }

  /**
   * The CLOSEST best results. Results tied with the first one left out are left out too: the query cannot tell
   * them apart, and the set then does not depend on how ties happen to be ordered.
   */
  function closestOf(ranked) {
    var kept = ranked;
    if (ranked.length > CLOSEST) {
      var first = ranked[CLOSEST].score;
      var margin = 1e-9 * Math.max(1, Math.abs(first));
      kept = ranked.filter(function (result) {
        return result.score > first + margin;
      });
    }
    kept.closest = kept.length > 0;
    return kept;
  }

  function rankRequiring(lunr, index, plan, required, total) {
    var unitsOfTerm = new Map();
    plan.units.forEach(function (unit, u) {
      unit.terms.forEach(function (term) {
        (unitsOfTerm.get(term) || unitsOfTerm.set(term, []).get(term)).push(u);
      });
    });
    var kept = [];
    runClauses(lunr, index, plan.clauses).forEach(function (result) {
      var matched = new Map();
      Object.keys(result.matchData.metadata).forEach(function (term) {
        var inOwnWords = Object.keys(result.matchData.metadata[term]).some(function (field) {
          return !PASSING_FIELDS.has(field);
        });
        (unitsOfTerm.get(term) || []).forEach(function (u) {
          matched.set(u, matched.get(u) || inOwnWords);
        });
      });
      var weight = 0;
      matched.forEach(function (inOwnWords, u) {
        weight += inOwnWords ? plan.units[u].weight : Math.round(plan.units[u].weight * PASSING_SHARE);
      });
      if (weight >= required) {
        result.score *= coordination(weight, total);
        kept.push(result);
      }
    });
    return kept.sort(function (a, b) {
      return b.score - a.score;
    });
  }

  /**
   * How much a result's score counts given the share of the query's weight it matches: a page matching both rare
   * words of a query ranks above one matching one of them in its title.
   */
  function coordination(weight, total) {
    return total > 0 ? Math.pow(weight / total, COORDINATION) : 1;
  }

  /** Ranges [start, end, term] of the text whose terms are among the matched ones, for highlighting. */
  function matchedRanges(lunr, text, matched, fold) {
    var characters = Array.from(text);
    var normal = characters.map(function (c) {
      var n = c.normalize("NFKC").toLowerCase();
      return (fold && fold.get(n)) || n;
    });
    var offsets = [];
    var position = 0;
    characters.forEach(function (c) {
      offsets.push(position);
      position += c.length;
    });
    offsets.push(position);
    var ranges = [];
    var i = 0;
    while (i < characters.length) {
      var end = i;
      if (isHan(normal[i])) {
        while (end < characters.length && isHan(normal[end])) {
          end++;
        }
        var hits = [];
        for (var k = i; k < end; k++) {
          var term = k + 1 < end ? normal[k] + normal[k + 1] : end - i === 1 ? normal[k] : null;
          if (term && matched.has(term)) {
            hits.push(k);
          }
        }
        hits.forEach(function (k, h) {
          // A bigram that reaches into the next word through a function character (在神 of 在神经网络) marks only
          // what its neighbour does not already mark.
          var first = normal[k];
          var second = normal[k + 1];
          var coveredBefore = h > 0 && hits[h - 1] === k - 1;
          var coveredAfter = h + 1 < hits.length && hits[h + 1] === k + 1;
          if ((EDGE_CHARACTERS.has(first) && coveredAfter) || (EDGE_CHARACTERS.has(second) && coveredBefore)) {
            return;
          }
          ranges.push([offsets[k], offsets[Math.min(k + 2, end)], second === undefined ? first : first + second]);
        });
        i = end;
      } else if (WORD.test(normal[i])) {
        while (end < characters.length && isWordPart(normal[end])) {
          end++;
        }
        var word = normal.slice(i, end).join("");
        if (!STOP_WORDS.has(word)) {
          var stemmed = stem(lunr, word);
          if (matched.has(stemmed)) {
            ranges.push([offsets[i], offsets[end], stemmed]);
          }
        }
        i = end;
      } else {
        i++;
      }
    }
    return ranges;
  }

  /** Overlapping or touching ranges joined, in order. */
  function mergedRanges(ranges) {
    var sorted = ranges.slice().sort(function (a, b) {
      return a[0] - b[0];
    });
    var merged = [];
    sorted.forEach(function (range) {
      var last = merged[merged.length - 1];
      if (last && range[0] <= last[1]) {
        last[1] = Math.max(last[1], range[1]);
      } else {
        merged.push([range[0], range[1]]);
      }
    });
    return merged;
  }

  function escapeHtml(text) {
    return text.replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  function highlight(lunr, text, matched, fold) {
    var html = "";
    var at = 0;
    mergedRanges(matchedRanges(lunr, text, matched, fold)).forEach(function (range) {
      html += escapeHtml(text.slice(at, range[0])) + "<mark>" + escapeHtml(text.slice(range[0], range[1])) + "</mark>";
      at = range[1];
    });
    return html + escapeHtml(text.slice(at));
  }

  /**
   * The passage of the text (about `length` UTF-16 units) that shows best why the result was found: the window
   * holding the most weight of distinct matched terms (weights by term, e.g. how rare each is), the earliest on a tie.
   */
  function snippet(lunr, text, matched, length, weights, fold) {
    var ranges = matchedRanges(lunr, text, matched, fold);
    var start = 0;
    var best = -1;
    ranges.forEach(function (candidate) {
      var from = Math.max(0, candidate[0] - Math.floor(length / 6));
      var seen = new Set();
      var score = 0;
      ranges.forEach(function (range) {
        if (range[0] >= from && range[1] <= from + length && !seen.has(range[2])) {
          seen.add(range[2]);
          score += (weights && weights.get(range[2])) || 1;
        }
      });
      if (score > best + 1e-9) {
        best = score;
        start = from;
      }
    });
    if (start > 0 && start + length > text.length) {
      start = Math.max(0, text.length - length);
    }
    var end = Math.min(text.length, start + length);
    // Cut between words, not inside one ("…egration" of "integration").
    start = wordBoundary(text, start, -1);
    end = wordBoundary(text, end, 1);
    var piece = text.slice(start, end);
    return (start > 0 ? "…" : "") + highlight(lunr, piece, matched, fold) + (end < text.length ? "…" : "");
  }

  /** The nearest position at most 20 units away in the direction given that does not split a word. */
  function wordBoundary(text, at, direction) {
    var inWord = function (i) {
      return i > 0 && i < text.length && isWordPart(text.charAt(i - 1)) && isWordPart(text.charAt(i));
    };
    for (var step = 0; step <= 20; step++) {
      var i = at + direction * step;
      if (i <= 0 || i >= text.length) {
        return Math.max(0, Math.min(text.length, i));
      }
      if (!inWord(i)) {
        return i;
      }
    }
    return at;
  }

  // ---------------------------------------------------------------------------------------------------------
  // The sharded index (dev.faqsite.index.ShardedIndexWriter): only the files a query needs are fetched.
  // ---------------------------------------------------------------------------------------------------------

  /** The format of the index files this script reads (dev.faqsite.index.ShardedIndexWriter#FORMAT). */
  var FORMAT = 3;
  /** How much a query word weighs: its inverse document frequency to this power, on top of lunr's own BM25. */
  var QUERY_IDF_POWER = typeof FAQ_SEARCH_IDF_POWER === "number" ? FAQ_SEARCH_IDF_POWER : 1;

  function reversed(word) {
    return word.split("").reverse().join("");
  }

  /**
   * A language's search index as separate files, loaded as queries need them.
   *
   * @param fetchJson function (name) → Promise of the parsed JSON file of that name in the search folder
   * @param manifest  the manifest when it came with the script, else undefined: it is fetched
   */
  function ShardedIndex(lunr, fetchJson, manifest) {
    this.lunr = lunr;
    this.fetchJson = fetchJson;
    this.files = Object.create(null);
    if (manifest) {
      this.files["manifest.json"] = Promise.resolve(manifest);
    }
    this.postings = Object.create(null);
    this.manifest = null;
    this.scores = null;
    this.seen = null;
    this.coverage = null;
    this.stamps = null;
    this.stamp = 0;
    this.fold = null;
    this.sound = null;
  }

  ShardedIndex.prototype.file = function (name) {
    var files = this.files;
    if (!files[name]) {
      files[name] = this.fetchJson(name).catch(function (error) {
        delete files[name]; // a later query may try again
        throw error;
      });
    }
    return files[name];
  };

  ShardedIndex.prototype.ready = function () {
    var self = this;
    return this.file("manifest.json").then(function (manifest) {
      if (manifest.format !== FORMAT) {
        throw new Error("unsupported search index format " + manifest.format);
      }
      if (!self.manifest) {
        self.manifest = manifest;
        self.scores = new Float64Array(manifest.documents);
        self.seen = new Uint8Array(manifest.documents);
        self.coverage = new Int32Array(manifest.documents);
        self.stamps = new Int32Array(manifest.documents);
        self.fold = foldTable(manifest.fold);
      }
      return self;
    });
  };

  /**
   * The name of file i of a list in the manifest: {starts, groups, group, prefix}. Files are named by the hash of
   * their group of consecutive files, so a manifest of thousands of files stays small and a change to one file
   * renames only its group.
   */
  function fileName(list, i) {
    return list.prefix + i + "-" + list.groups[Math.floor(i / list.group)] + ".json";
  }

  /** Index of the last start at or before key; -1 if none. */
  function lastAtOrBefore(starts, key) {
    var low = 0;
    var high = starts.length - 1;
    var found = -1;
    while (low <= high) {
      var middle = (low + high) >> 1;
      if (starts[middle] <= key) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  }

  /** Files of a list sorted by key that can hold keys starting with prefix. */
  function filesForPrefix(list, prefix) {
    var first = Math.max(0, lastAtOrBefore(list.starts, prefix));
    var last = lastAtOrBefore(list.starts, prefix + "\uffff");
    var names = [];
    for (var i = first; i <= last; i++) {
      names.push(fileName(list, i));
    }
    return names;
  }

  function fileForKey(list, key) {
    var at = lastAtOrBefore(list.starts, key);
    return at < 0 ? null : fileName(list, at);
  }

  /**
   * Words of the pages (as written, before stemming) within `distance` typos of a word, found from the words that
   * share its first or last two characters: a word within two typos of a nine-letter word keeps one end intact
   * unless both ends are wrong.
   */
  ShardedIndex.prototype.typoMatches = function (word, distance) {
    var lunr = this.lunr;
    var manifest = this.manifest;
    var start = word.slice(0, 2);
    var end = word.slice(-2);
    var names = filesForPrefix(manifest.wordsByStart, start)
      .concat(filesForPrefix(manifest.wordsByEnd, reversed(end)));
    return Promise.all(names.map(this.file, this)).then(function (lists) {
      var candidates = new Set();
      lists.forEach(function (list) {
        list.forEach(function (candidate) {
          if (candidate !== word && (candidate.slice(0, 2) === start || candidate.slice(-2) === end)) {
            candidates.add(candidate);
          }
        });
      });
      if (candidates.size === 0) {
        return [];
      }
      var sorted = Array.from(candidates).sort();
      var found = lunr.TokenSet.fromArray(sorted).intersect(lunr.TokenSet.fromFuzzyString(word, distance)).toArray();
      if (Array.from(word).length > FAMILY_PREFIX) {
        var root = word.slice(0, FAMILY_PREFIX);
        sorted.forEach(function (candidate) {
          if (candidate.lastIndexOf(root, 0) === 0 && found.indexOf(candidate) < 0) {
            found.push(candidate);
          }
        });
      }
      return found;
    });
  };

  /** Words of the pages (as written) that begin with a prefix, from the list of words sorted by their start. */
  ShardedIndex.prototype.wordsStartingWith = function (prefix) {
    return Promise.all(filesForPrefix(this.manifest.wordsByStart, prefix).map(this.file, this)).then(function (lists) {
      var words = [];
      lists.forEach(function (list) {
        list.forEach(function (word) {
          if (word.lastIndexOf(prefix, 0) === 0) {
            words.push(word);
          }
        });
      });
      return words;
    });
  };

  /** A term's postings from its shard entry, decoded once: per field, document numbers and scores. */
  ShardedIndex.prototype.decode = function (entry) {
    var cached = this.postings[entry[0]];
    if (cached) {
      return cached;
    }
    var fields = [];
    for (var f = 2; f < entry.length; f++) {
      var list = entry[f];
      var documents = new Int32Array(list.length / 2);
      var scores = new Float64Array(list.length / 2);
      var document = 0;
      for (var i = 0; i < list.length; i += 2) {
        document += list[i];
        documents[i / 2] = document;
        scores[i / 2] = list[i + 1] / 1000;
      }
      fields.push({ documents: documents, scores: scores });
    }
    cached = { term: entry[0], number: entry[1], fields: fields };
    this.postings[entry[0]] = cached;
    return cached;
  };

  /** BM25's inverse document frequency, as lunr computes it. */
  function idf(documents, withTerm) {
    return Math.log(1 + Math.abs((documents - withTerm + 0.5) / (withTerm + 0.5)));
  }

  /**
   * What a query can match and how much each part of it counts: {units: [{terms, weight}], clauses, postings,
   * required, weights}. A unit's terms are the indexed terms it matches (itself, the words it begins while being
   * typed, the stems of words within its typo tolerance); its weight, an integer, is how rare those terms are, and
   * for a word no page has, as rare as can be, so that the query's informative part decides. A result must match
   * units of at least `required` weight. Clauses are lunr's, one per term, boosted by the unit's rarity.
   */
  ShardedIndex.prototype.plan = function (query) {
    var self = this;
    var lunr = this.lunr;
    var shards = this.manifest.shards;
    var documents = this.manifest.documents;
    var queryUnits = units(lunr, query, this.fold);
    return Promise.all(queryUnits.map(function (unit) {
      return unit.typo ? self.typoMatches(unit.surface, unit.typo) : null;
    }).concat(queryUnits.map(function (unit) {
      return !unit.han && unit.prefix && unit.prefix.length >= 3 ? self.wordsStartingWith(unit.prefix) : null;
    }))).then(function (found) {
      var typos = found.slice(0, queryUnits.length);
      var prefixStems = found.slice(queryUnits.length).map(function (words) {
        var stems = new Set();
        (words || []).forEach(function (word) {
          stems.add(stem(lunr, word));
        });
        return Array.from(stems).sort();
      });
      var names = new Set();
      var wantShard = function (term) {
        var name = fileForKey(shards, term);
        if (name) {
          names.add(name);
        }
      };
      var typoTerms = queryUnits.map(function (unit, u) {
        var stems = new Set();
        (typos[u] || []).forEach(function (surface) {
          stems.add(stem(lunr, surface));
        });
        stems.delete(unit.term);
        return Array.from(stems).sort();
      });
      queryUnits.forEach(function (unit, u) {
        wantShard(unit.term);
        typoTerms[u].forEach(wantShard);
        prefixStems[u].forEach(wantShard);
        if (unit.prefix) {
          filesForPrefix(shards, unit.prefix).forEach(function (name) {
            names.add(name);
          });
        }
      });
      return self.entries(names, new Map()).then(function (byTerm) {
        // A bigram no page has may be a homophone typo (部属 for 部署): the bigrams that sound the same are its typos.
        // Only a bigram with a character no matched bigram explains: not the seam between two known words.
        var found = new Set();
        queryUnits.forEach(function (unit) {
          if (unit.han && byTerm.has(unit.term)) {
            unit.characters.forEach(function (c) {
              found.add(c);
            });
          }
        });
        var unknown = queryUnits.map(function (unit) {
          return unit.han && unit.characters.length === 2 && !byTerm.has(unit.term)
            && unit.characters.some(function (c) {
              return !found.has(c) && !GLUE_CHARACTERS.has(c);
            });
        });
        if (!unknown.some(Boolean) || !self.manifest.sounds) {
          return self.weigh(queryUnits, typoTerms, prefixStems, byTerm, documents);
        }
        return self.soundAlikes(queryUnits.map(function (unit, u) {
          return unknown[u] ? unit.term : null;
        })).then(function (alikes) {
          var more = new Set();
          alikes.forEach(function (terms, u) {
            typoTerms[u] = terms;
            terms.forEach(function (term) {
              var name = fileForKey(shards, term);
              if (name) {
                more.add(name);
              }
            });
          });
          return self.entries(more, byTerm).then(function (all) {
            // A homophone counts only where it is a word some question asks about (in a title or question), not
            // where it is the seam between two words of an answer (量自 of 数量自动 for 量子).
            typoTerms = typoTerms.map(function (terms, u) {
              return !unknown[u] ? terms : terms.filter(function (term) {
                var entry = all.get(term);
                return entry && (entry[2].length > 0 || entry[3].length > 0);
              });
            });
            return self.weigh(queryUnits, typoTerms, prefixStems, all, documents);
          });
        });
      });
    });
  };

  /** The entries of the named shards added to byTerm (term → shard entry). */
  ShardedIndex.prototype.entries = function (names, byTerm) {
    return Promise.all(Array.from(names).sort().map(this.file, this)).then(function (loaded) {
      loaded.forEach(function (shard) {
        shard.forEach(function (entry) {
          byTerm.set(entry[0], entry);
        });
      });
      return byTerm;
    });
  };

  /** For each bigram (null for none), the indexed bigrams that sound the same, other than itself. */
  ShardedIndex.prototype.soundAlikes = function (bigramsOfUnits) {
    var self = this;
    var manifest = this.manifest;
    return this.file(fileName(manifest.pinyin, 0)).then(function (table) {
      if (!self.sound) {
        self.sound = new Map();
        Object.keys(table).forEach(function (sound) {
          Array.from(table[sound]).forEach(function (character) {
            self.sound.set(character, sound);
          });
        });
      }
      var keys = bigramsOfUnits.map(function (bigram) {
        if (!bigram) {
          return null;
        }
        var characters = Array.from(bigram);
        var first = self.sound.get(characters[0]);
        var second = self.sound.get(characters[1]);
        return first && second ? first + " " + second : null;
      });
      var names = new Set();
      keys.forEach(function (key) {
        if (key) {
          filesForPrefix(manifest.sounds, key).forEach(function (name) {
            names.add(name);
          });
        }
      });
      return Promise.all(Array.from(names).sort().map(self.file, self)).then(function (lists) {
        return keys.map(function (key, u) {
          var alike = [];
          lists.forEach(function (list) {
            list.forEach(function (pair) {
              if (key && pair[0] === key && pair[1] !== bigramsOfUnits[u]) {
                alike.push(pair[1]);
              }
            });
          });
          return alike.sort();
        });
      });
    });
  };

  /** The plan of {@link #plan} from the query's units and the shard entries of their terms. */
  ShardedIndex.prototype.weigh = function (queryUnits, typoTerms, prefixStems, byTerm, documents) {
    var self = this;
    var wanted = new Map();
    var decoded = function (term) {
      if (!wanted.has(term)) {
        wanted.set(term, self.decode(byTerm.get(term)));
      }
      return wanted.get(term);
    };
    var planned = queryUnits.map(function (unit, u) {
      var exact = byTerm.has(unit.term) ? [unit.term] : [];
      var typo = typoTerms[u].filter(function (term) {
        return byTerm.has(term);
      });
      var prefix = [];
      if (unit.prefix) {
        byTerm.forEach(function (entry, term) {
          if (term !== unit.term && typo.indexOf(term) < 0
            && (term.lastIndexOf(unit.prefix, 0) === 0 || prefixStems[u].indexOf(term) >= 0)) {
            prefix.push(term);
          }
        });
        prefix.sort();
      }
      var all = exact.concat(typo, prefix);
      return { unit: unit, exact: exact, typo: typo, prefix: prefix, terms: all,
        matching: self.count(all.map(decoded)) };
    });
    // Characters of the query that some page has in a matched bigram: an unmatched bigram whose characters are all
    // such is the seam between two words (型创 of 模型创业), not a word missing from the site. What is missing is
    // counted by character, so that the three unmatched bigrams around an unknown two-character word count once.
    var found = new Set();
    planned.forEach(function (p) {
      if (p.matching > 0) {
        p.unit.characters.forEach(function (c) {
          found.add(c);
        });
      }
    });
    // A bigram whose characters belong to other bigrams of the query that are at least as common (型创 of 模型创业,
    // 是大 of 是大模型: glue characters need no other bigram) is a seam between two words, even where some page
    // happens to have it: it neither decides nor blocks a result. A word flanked by seams of its own is not one
    // (训练 of 在训练集上: 在训 and 练集 are rarer than 训练).
    var seam = planned.map(function (p, u) {
      if (p.unit.filler) {
        return true;
      }
      return p.unit.han && p.matching > 0 && p.unit.characters.every(function (c) {
        return GLUE_CHARACTERS.has(c) || planned.some(function (other, o) {
          return o !== u && other.matching >= p.matching && other.unit.characters.indexOf(c) >= 0;
        });
      });
    });
    var missingCharacters = new Set();
    var missingWords = 0;
    var weights = new Map();
    var clausesOut = [];
    var total = 0;
    var unitsOut = planned.map(function (p, u) {
      var rarity = idf(documents, p.matching) * (seam[u] ? SEAM_WEIGHT : 1);
      if (p.matching === 0) {
        if (p.unit.han) {
          p.unit.characters.forEach(function (c) {
            if (!found.has(c) && !GLUE_CHARACTERS.has(c)) {
              missingCharacters.add(c);
            }
          });
        } else if (!p.unit.filler) {
          missingWords++;
        }
        return { terms: [], weight: 0 };
      }
      var weight = seam[u] ? 0 : Math.round(rarity * 1000);
      total += weight;
      var boost = Math.pow(rarity, QUERY_IDF_POWER);
      p.exact.forEach(function (term) {
        clausesOut.push({ term: term, boost: boost });
      });
      p.typo.forEach(function (term) {
        clausesOut.push({ term: term, boost: boost * TYPO_WEIGHT });
      });
      p.prefix.forEach(function (term) {
        clausesOut.push({ term: term, boost: boost * PREFIX_WEIGHT });
      });
      p.terms.forEach(function (term) {
        weights.set(term, Math.max(weights.get(term) || 0, rarity));
      });
      return { terms: p.terms, weight: weight };
    });
    // A long question names a few words no page has in passing; a short query made of them asks about them.
    var missing = Math.min(MISSING_CAP, missingCharacters.size / 2 + missingWords);
    var missingWeight = Math.round(missing * MISSING_WEIGHT * idf(documents, 0) * 1000);
    var known = total;
    total += missingWeight;
    var informative = unitsOut.filter(function (unit) {
      return unit.weight > 0;
    }).length;
    var share = MIN_SHARE * Math.min(1, SENTENCE_WORDS / Math.max(1, informative));
    return {
      units: unitsOut,
      clauses: clausesOut,
      postings: Array.from(wanted.values()),
      required: Math.ceil(total * share),
      total: total,
      closest: missingWeight > 0 && known > 0 ? { required: Math.ceil(known * CLOSEST_SHARE), total: known } : null,
      weights: weights
    };
  };

  /** How many documents hold at least one of the postings. */
  ShardedIndex.prototype.count = function (postings) {
    var stamp = ++this.stamp;
    var stamps = this.stamps;
    var count = 0;
    postings.forEach(function (posting) {
      posting.fields.forEach(function (field) {
        for (var i = 0; i < field.documents.length; i++) {
          if (stamps[field.documents[i]] !== stamp) {
            stamps[field.documents[i]] = stamp;
            count++;
          }
        }
      });
    });
    return count;
  };

  /**
   * A lunr.Index over the planned terms, holding only the given documents' postings. Every term stays, so the
   * query vector, and with it every score, is the one the whole index gives: lunr scores a field as its dot
   * product with the query vector, which involves these terms only.
   *
   * @param keep flags by document number, or null for every document
   */
  ShardedIndex.prototype.build = function (postings, keep) {
    var lunr = this.lunr;
    var fields = this.manifest.fields;
    var sorted = postings.slice().sort(function (a, b) {
      return a.term < b.term ? -1 : a.term > b.term ? 1 : 0;
    });
    var invertedIndex = Object.create(null);
    var vectors = Object.create(null);
    sorted.forEach(function (posting) {
      var entry = { _index: posting.number };
      fields.forEach(function (field, f) {
        var refs = Object.create(null);
        var documents = posting.fields[f].documents;
        var scores = posting.fields[f].scores;
        for (var i = 0; i < documents.length; i++) {
          if (keep && !keep[documents[i]]) {
            continue;
          }
          refs[documents[i]] = {};
          var fieldRef = field + "/" + documents[i];
          (vectors[fieldRef] || (vectors[fieldRef] = [])).push(posting.number, scores[i]);
        }
        entry[field] = refs;
      });
      invertedIndex[posting.term] = entry;
    });
    var fieldVectors = Object.create(null);
    Object.keys(vectors).forEach(function (fieldRef) {
      fieldVectors[fieldRef] = new lunr.Vector(sortedPairs(vectors[fieldRef]));
    });
    return new lunr.Index({
      invertedIndex: invertedIndex,
      fieldVectors: fieldVectors,
      tokenSet: lunr.TokenSet.fromArray(sorted.map(function (posting) {
        return posting.term;
      })),
      fields: fields,
      pipeline: new lunr.Pipeline()
    });
  };

  /** [index, value, index, value, …] sorted by index, as lunr.Vector needs its elements. */
  function sortedPairs(elements) {
    var ordered = true;
    for (var i = 2; i < elements.length && ordered; i += 2) {
      ordered = elements[i - 2] < elements[i];
    }
    if (ordered) {
      return elements;
    }
    var pairs = [];
    for (var k = 0; k < elements.length; k += 2) {
      pairs.push([elements[k], elements[k + 1]]);
    }
    pairs.sort(function (a, b) {
      return a[0] - b[0];
    });
    var out = [];
    pairs.forEach(function (pair) {
      out.push(pair[0], pair[1]);
    });
    return out;
  }

  /**
   * The documents a query matches well enough and, for the best ones, lunr's own ranking.
   *
   * Lunr ranks every matching document, which at thousands of matches takes longer than a keystroke may. Its score
   * of a document is a sum over the document's postings of query weight × field-vector entry, divided by the query
   * vector's length, so the sum over the postings here finds, in one pass over typed arrays, the documents that can
   * be among the best `count`; lunr then ranks those (ties included) exactly as on the whole index.
   *
   * @param count how many of the best results must be ranked; all when undefined
   * @return Promise of {total, ranked: [{ref, score, matchData}], plan} with at least `count` ranked results when
   *         there are that many, ref being the document number; total counts the results that match enough
   */
  ShardedIndex.prototype.rank = function (query, count, stale) {
    var self = this;
    var lunr = this.lunr;
    return this.ready().then(function () {
      return self.plan(query).then(function (plan) {
        if ((stale && stale()) || plan.clauses.length === 0) {
          return { total: 0, ranked: [], plan: plan };
        }
        var keep = self.best(plan, count);
        if (keep.total === 0 && plan.closest) {
          keep = self.best({ postings: plan.postings, clauses: plan.clauses, units: plan.units,
            required: plan.closest.required, total: plan.closest.total }, CLOSEST);
        }
        var index = self.build(plan.postings, keep.flags);
        var ranked = rankPlanned(lunr, index, plan);
        keep.documents.forEach(function (document) {
          keep.flags[document] = 0;
        });
        return { total: ranked.closest ? ranked.length : keep.total, ranked: ranked, closest: !!ranked.closest,
          plan: plan };
      });
    });
  };

  /**
   * Flags of the documents that match enough of the query and may be among the best `count`, and how many match
   * enough in all.
   */
  ShardedIndex.prototype.best = function (plan, count) {
    var weights = new Map();
    plan.clauses.forEach(function (clause) {
      weights.set(clause.term, (weights.get(clause.term) || 0) + clause.boost);
    });
    var postingOf = new Map();
    plan.postings.forEach(function (posting) {
      postingOf.set(posting.term, posting);
    });
    var scores = this.scores;
    var seen = this.seen;
    var coverage = this.coverage;
    var stamps = this.stamps;
    var self = this;
    var touched = [];
    plan.postings.forEach(function (posting) {
      var weight = weights.get(posting.term) || 0;
      posting.fields.forEach(function (field) {
        var documents = field.documents;
        var fieldScores = field.scores;
        for (var i = 0; i < documents.length; i++) {
          var document = documents[i];
          if (!seen[document]) {
            seen[document] = 1;
            touched.push(document);
          }
          scores[document] += weight * fieldScores[i];
        }
      });
    });
    var passing = this.manifest.fields.map(function (name) {
      return PASSING_FIELDS.has(name);
    });
    plan.units.forEach(function (unit) {
      var stamp = ++self.stamp;
      // A page's own words first, so that a unit it has there counts in full even if its answer has it too.
      [false, true].forEach(function (inPassing) {
        unit.terms.forEach(function (term) {
          postingOf.get(term).fields.forEach(function (field, f) {
            if (passing[f] !== inPassing) {
              return;
            }
            for (var i = 0; i < field.documents.length; i++) {
              var document = field.documents[i];
              if (stamps[document] !== stamp) {
                stamps[document] = stamp;
                coverage[document] += inPassing ? Math.round(unit.weight * PASSING_SHARE) : unit.weight;
              }
            }
          });
        });
      });
    });
    var matching = [];
    touched.forEach(function (document) {
      if (coverage[document] >= plan.required) {
        matching.push(document);
        scores[document] *= coordination(coverage[document], plan.total);
      } else {
        seen[document] = 0;
      }
    });
    var result = { total: matching.length, flags: seen, documents: matching };
    if (count !== undefined && count < matching.length) {
      var values = matching.map(function (document) {
        return scores[document];
      }).sort(function (a, b) {
        return b - a;
      });
      // Floating-point sums in another order differ in the last bits; the margin keeps every true tie.
      var threshold = values[Math.max(0, count - 1)];
      threshold -= 1e-9 * Math.max(1, Math.abs(threshold));
      result.documents = [];
      matching.forEach(function (document) {
        if (scores[document] >= threshold) {
          result.documents.push(document);
        } else {
          seen[document] = 0;
        }
      });
    }
    touched.forEach(function (document) {
      scores[document] = 0;
      coverage[document] = 0;
    });
    return result;
  };

  /** What a result shows: {url, title, text, lang}, fetched for the results on screen only. */
  ShardedIndex.prototype.fragment = function (ref) {
    return this.file(fileName(this.manifest.fragments, Number(ref)));
  };

  /**
   * One page of a query's results, ready to show: {total, closest, results: [{url, lang, titleHtml, snippetHtml}]},
   * with URLs relative to the language's home page; closest when nothing matched enough and these come closest.
   *
   * @param stale optional function telling whether the answer is no longer wanted; then the work stops early and
   *              the page comes back empty
   */
  ShardedIndex.prototype.page = function (query, offset, limit, stale) {
    var self = this;
    var lunr = this.lunr;
    return this.rank(query, offset + limit, stale).then(function (found) {
      var shown = found.ranked.slice(offset, offset + limit);
      return Promise.all(shown.map(function (result) {
        return self.fragment(result.ref);
      })).then(function (fragments) {
        return {
          total: found.total,
          closest: found.closest,
          results: fragments.map(function (fragment, i) {
            var matched = new Set(Object.keys(shown[i].matchData.metadata));
            return {
              url: fragment.url,
              lang: fragment.lang,
              titleHtml: highlight(lunr, fragment.title, matched, self.fold),
              snippetHtml: snippet(lunr, fragment.text, matched, 120, found.plan.weights, self.fold)
            };
          })
        };
      });
    });
  };

  return {
    terms: terms,
    tokenizer: tokenizer,
    foldTable: foldTable,
    units: units,
    clauses: clauses,
    search: search,
    rankPlanned: rankPlanned,
    highlight: highlight,
    snippet: snippet,
    ShardedIndex: ShardedIndex
  };
});
