/**
 * The review queue in the desk: the generic queue and decision (accept with an option, or refuse with a reason) that
 * each kind's queue draws with its own texts, and the queue of uncertain list matches left by the Ministry's files.
 */
export { ReviewDecision, ReviewQueue, type DecideReview, type DecisionTexts } from './components/ReviewQueue';
export { ListMatchQueue } from './components/ListMatchQueue';
