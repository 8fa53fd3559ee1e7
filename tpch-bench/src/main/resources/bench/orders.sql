-- Benchmark queries over orders.csv, run unchanged on every engine (each sees a table "orders").
-- A block starts with "-- name:", may have a "-- title:", and ends with ";".
-- Results are compared between engines after sorting rows, so every query must have a unique
-- answer: ORDER BY ... LIMIT needs a tie-breaker, and NULL placement must be spelled out.

-- name: Q1
-- title: headline: filter, group by a 5-value string, count/sum/avg of a nullable double
SELECT status, count(*), sum(amount), avg(amount)
FROM orders
WHERE amount > 10
GROUP BY status;

-- name: Q2
-- title: full count (scan cost only)
SELECT count(*) FROM orders;

-- name: Q3
-- title: filtered count on a string equality
SELECT count(*) FROM orders WHERE status = 'refunded';

-- name: Q4
-- title: group by a 20-value string with min/max of a timestamp
SELECT category, count(*), min(ts), max(ts)
FROM orders
GROUP BY category;

-- name: Q5
-- title: top-10 whole rows by amount (tie-broken by id, NULLs last)
SELECT id, status, category, amount, ts, customer_id, note
FROM orders
ORDER BY amount DESC NULLS LAST, id
LIMIT 10;

-- name: Q6
-- title: selective range on the sorted id (Parquet skips row groups by their statistics)
SELECT count(*), sum(amount) FROM orders WHERE id BETWEEN 4000000 AND 4100000;

-- name: Q7
-- title: full scan: every column read and aggregated (scan throughput)
SELECT count(*), max(id), min(status), max(category), sum(amount), max(ts), sum(customer_id), min(note), max(note)
FROM orders;
