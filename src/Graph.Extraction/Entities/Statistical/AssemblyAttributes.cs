using System.Runtime.CompilerServices;

// The tagger's tests check feature atoms and the lattice directly, which are internal.
[assembly: InternalsVisibleTo("Graph.Extraction.Tests")]
