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
  /** Query words this long or longer tolerate one typo; the index lists the words that could be such typos. */
  var TYPO_TOLERANT_LENGTH = 5;
  var WORD = /[\p{L}\p{Nd}]/u;
  var STOP_WORDS = new Set(("a able about across after all almost also am among an and any are as at be because been " +
    "but by can cannot could dear did do does either else ever every for from get got had has have he her hers him his " +
    "how however i if in into is it its just least let like likely may me might most must my neither no nor not of " +
    "off often on only or other our own rather said say says she should since so some than that the their them then " +
    "there these they this tis to too twas us wants was we were what when where which while who whom why will with " +
    "would yet you your").split(" "));

  function isHan(character) {
    return HAN.test(character);
  }

  function isWordPart(character) {
    return WORD.test(character) && !isHan(character);
  }

  function stem(lunr, word) {
    return lunr.stemmer(new lunr.Token(word)).toString();
  }

  /**
   * Index terms of a text, exactly as dev.faqsite.text.Terms#forSearch makes them: NFKC and lower case; Han runs
   * give overlapping bigrams (a lone character stays a unigram); other letters and digits form words, English stop
   * words are dropped and the rest Porter-stemmed; everything else separates.
   */
  function terms(lunr, text) {
    var characters = Array.from(String(text || "").normalize("NFKC").toLowerCase());
    var out = [];
    var i = 0;
    while (i < characters.length) {
      var end = i;
      if (isHan(characters[i])) {
        while (end < characters.length && isHan(characters[end])) {
          end++;
        }
        if (end - i === 1) {
          out.push(characters[i]);
        }
        for (var k = i; k + 1 < end; k++) {
          out.push(characters[k] + characters[k + 1]);
        }
        i = end;
      } else if (WORD.test(characters[i])) {
        while (end < characters.length && isWordPart(characters[end])) {
          end++;
        }
        var word = characters.slice(i, end).join("");
        if (!STOP_WORDS.has(word)) {
          out.push(stem(lunr, word));
        }
        i = end;
      } else {
        i++;
      }
    }
    return out;
  }

  /** lunr tokenizer producing the final terms, for building an index with lunr.js itself. */
  function tokenizer(lunr) {
    return function (text) {
      return terms(lunr, text).map(function (term) {
        return new lunr.Token(term, {});
      });
    };
  }

  /**
   * The lunr clauses of a reader's query: every term of the query counts; the word being typed also matches as a
   * prefix, a lone Chinese character matches the words it starts, and longer English words tolerate one typo.
   * Each clause is {term, wildcard, editDistance, boost}; an empty list means there is nothing to search for.
   */
  function clauses(lunr, query) {
    var queryTerms = terms(lunr, query);
    var normalised = String(query || "").normalize("NFKC").toLowerCase();
    var lastWord = (normalised.match(/[\p{L}\p{Nd}]+$/u) || [""])[0];
    if (lastWord && isHan(Array.from(lastWord).pop())) {
      lastWord = "";
    }
    var out = [];
    queryTerms.forEach(function (term) {
      out.push({ term: term });
      if (Array.from(term).length === 1 && isHan(term)) {
        out.push({ term: term, wildcard: true, boost: 0.5 });
      } else if (!isHan(term.charAt(0)) && term.length >= TYPO_TOLERANT_LENGTH) {
        out.push({ term: term, editDistance: 1, boost: 0.2 });
      }
    });
    if (lastWord && /\s$/u.test(normalised) === false && !STOP_WORDS.has(lastWord)) {
      // The word being typed: its beginning matches as a prefix. Indexed words are stemmed ("train" for
      // "training"), so a half-typed "trainin" matches through the shorter prefix "train".
      var prefix = Array.from(lastWord).slice(0, Math.max(3, Array.from(lastWord).length - 2)).join("");
      out.push({ term: prefix, wildcard: true, boost: 0.5 });
    }
    return out;
  }

  /** Runs a reader's query on a lunr index; results best first, as lunr returns them. */
  function search(lunr, index, query) {
    var queryClauses = clauses(lunr, query);
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

  /** Ranges [start, end) of the text whose terms are among the matched ones, for highlighting. */
  function matchedRanges(lunr, text, matched) {
    var characters = Array.from(text);
    var normal = characters.map(function (c) {
      return c.normalize("NFKC").toLowerCase();
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
        for (var k = i; k < end; k++) {
          if ((k + 1 < end && matched.has(normal[k] + normal[k + 1])) || (end - i === 1 && matched.has(normal[k]))) {
            ranges.push([offsets[k], offsets[Math.min(k + 2, end)]]);
          }
        }
        i = end;
      } else if (WORD.test(normal[i])) {
        while (end < characters.length && isWordPart(normal[end])) {
          end++;
        }
        var word = normal.slice(i, end).join("");
        if (!STOP_WORDS.has(word) && (matched.has(stem(lunr, word)) || matched.has(word))) {
          ranges.push([offsets[i], offsets[end]]);
        }
        i = end;
      } else {
        i++;
      }
    }
    ranges.sort(function (a, b) {
      return a[0] - b[0];
    });
    var merged = [];
    ranges.forEach(function (range) {
      var last = merged[merged.length - 1];
      if (last && range[0] <= last[1]) {
        last[1] = Math.max(last[1], range[1]);
      } else {
        merged.push(range.slice());
      }
    });
    return merged;
  }

  function escapeHtml(text) {
    return text.replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  function highlight(lunr, text, matched) {
    var html = "";
    var at = 0;
    matchedRanges(lunr, text, matched).forEach(function (range) {
      html += escapeHtml(text.slice(at, range[0])) + "<mark>" + escapeHtml(text.slice(range[0], range[1])) + "</mark>";
      at = range[1];
    });
    return html + escapeHtml(text.slice(at));
  }

  /** A window of the text around its first match, so the snippet shows why the result was found. */
  function snippet(lunr, text, matched, length) {
    var ranges = matchedRanges(lunr, text, matched);
    var start = ranges.length ? Math.max(0, ranges[0][0] - Math.floor(length / 4)) : 0;
    var piece = text.slice(start, start + length);
    return (start > 0 ? "…" : "") + highlight(lunr, piece, matched) + (start + length < text.length ? "…" : "");
  }

  // ---------------------------------------------------------------------------------------------------------
  // The sharded index (dev.faqsite.index.ShardedIndexWriter): only the files a query needs are fetched.
  // ---------------------------------------------------------------------------------------------------------

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
      if (manifest.format !== 2) {
        throw new Error("unsupported search index format " + manifest.format);
      }
      if (!self.manifest) {
        self.manifest = manifest;
        self.scores = new Float64Array(manifest.documents);
        self.seen = new Uint8Array(manifest.documents);
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

  /** Indexed words within one typo of a word, found from the words that share its first or last two characters. */
  ShardedIndex.prototype.typoMatches = function (word) {
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
          if (candidate.slice(0, 2) === start || candidate.slice(-2) === end) {
            candidates.add(candidate);
          }
        });
      });
      if (candidates.size === 0) {
        return [];
      }
      var sorted = Array.from(candidates).sort();
      return lunr.TokenSet.fromArray(sorted).intersect(lunr.TokenSet.fromFuzzyString(word, 1)).toArray();
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

  /**
   * What a query can match: its clauses and, for each, the indexed terms it expands to (the term itself, every
   * term a prefix covers, every term within its typo tolerance), with those terms' postings.
   */
  ShardedIndex.prototype.plan = function (query) {
    var self = this;
    var lunr = this.lunr;
    var shards = this.manifest.shards;
    var queryClauses = clauses(lunr, query);
    return Promise.all(queryClauses.map(function (clause) {
      return clause.editDistance ? self.typoMatches(clause.term) : null;
    })).then(function (typoMatches) {
      var names = new Set();
      queryClauses.forEach(function (clause, c) {
        if (clause.wildcard) {
          filesForPrefix(shards, clause.term).forEach(function (name) {
            names.add(name);
          });
        } else {
          (typoMatches[c] || [clause.term]).forEach(function (term) {
            var name = fileForKey(shards, term);
            if (name) {
              names.add(name);
            }
          });
        }
      });
      return Promise.all(Array.from(names).map(self.file, self)).then(function (loaded) {
        var byTerm = new Map();
        loaded.forEach(function (shard) {
          shard.forEach(function (entry) {
            byTerm.set(entry[0], entry);
          });
        });
        var wanted = new Map();
        var expansions = queryClauses.map(function (clause, c) {
          var terms = [];
          if (clause.wildcard) {
            byTerm.forEach(function (entry, term) {
              if (term.lastIndexOf(clause.term, 0) === 0) {
                terms.push(term);
              }
            });
          } else {
            (typoMatches[c] || [clause.term]).forEach(function (term) {
              if (byTerm.has(term)) {
                terms.push(term);
              }
            });
          }
          terms.forEach(function (term) {
            if (!wanted.has(term)) {
              wanted.set(term, self.decode(byTerm.get(term)));
            }
          });
          return terms;
        });
        return { clauses: queryClauses, expansions: expansions, postings: Array.from(wanted.values()) };
      });
    });
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
   * The documents a query matches and, for the best ones, lunr's own ranking.
   *
   * Lunr ranks every matching document, which at thousands of matches takes longer than a keystroke may. Its score
   * of a document is a sum over the document's postings of query weight × field-vector entry, divided by the query
   * vector's length, so the sum over the postings here finds, in one pass over typed arrays, the documents that can
   * be among the best `count`; lunr then ranks those (ties included) exactly as on the whole index.
   *
   * @param count how many of the best results must be ranked; all when undefined
   * @return Promise of {total, ranked: [{ref, score, matchData}]} with at least `count` ranked results when there
   *         are that many, ref being the document number
   */
  ShardedIndex.prototype.rank = function (query, count, stale) {
    var self = this;
    var lunr = this.lunr;
    return this.ready().then(function () {
      if (clauses(lunr, query).length === 0) {
        return { total: 0, ranked: [] };
      }
      return self.plan(query).then(function (plan) {
        if (stale && stale()) {
          return { total: 0, ranked: [] };
        }
        var keep = self.best(plan, count);
        var index = self.build(plan.postings, keep.flags);
        var ranked = search(lunr, index, query);
        if (keep.flags) {
          keep.documents.forEach(function (document) {
            keep.flags[document] = 0;
          });
        }
        return { total: keep.total, ranked: ranked };
      });
    });
  };

  /** Flags of the documents that may be among the best `count`, and how many documents match in all. */
  ShardedIndex.prototype.best = function (plan, count) {
    var weights = new Map();
    plan.clauses.forEach(function (clause, c) {
      var boost = clause.boost === undefined ? 1 : clause.boost;
      plan.expansions[c].forEach(function (term) {
        weights.set(term, (weights.get(term) || 0) + boost);
      });
    });
    var scores = this.scores;
    var seen = this.seen;
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
    var result = { total: touched.length, flags: null, documents: touched };
    if (count !== undefined && count < touched.length) {
      var values = touched.map(function (document) {
        return scores[document];
      }).sort(function (a, b) {
        return b - a;
      });
      // Floating-point sums in another order differ in the last bits; the margin keeps every true tie.
      var threshold = values[Math.max(0, count - 1)];
      threshold -= 1e-9 * Math.max(1, Math.abs(threshold));
      result.flags = seen;
      result.documents = [];
      touched.forEach(function (document) {
        if (scores[document] >= threshold) {
          result.documents.push(document);
        } else {
          seen[document] = 0;
        }
      });
    } else {
      touched.forEach(function (document) {
        seen[document] = 0;
      });
    }
    touched.forEach(function (document) {
      scores[document] = 0;
    });
    return result;
  };

  /** What a result shows: {url, title, text, lang}, fetched for the results on screen only. */
  ShardedIndex.prototype.fragment = function (ref) {
    return this.file(fileName(this.manifest.fragments, Number(ref)));
  };

  /**
   * One page of a query's results, ready to show: {total, results: [{url, lang, titleHtml, snippetHtml}]}, with
   * URLs relative to the language's home page.
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
          results: fragments.map(function (fragment, i) {
            var matched = new Set(Object.keys(shown[i].matchData.metadata));
            return {
              url: fragment.url,
              lang: fragment.lang,
              titleHtml: highlight(lunr, fragment.title, matched),
              snippetHtml: snippet(lunr, fragment.text, matched, 120)
            };
          })
        };
      });
    });
  };

  return {
    terms: terms,
    tokenizer: tokenizer,
    clauses: clauses,
    search: search,
    highlight: highlight,
    ShardedIndex: ShardedIndex
  };
});
