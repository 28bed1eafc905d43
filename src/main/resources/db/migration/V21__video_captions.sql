-- Each video's own timed captions (WebVTT), kept with it. The video table is small: a column of its own.
alter table video add column captions varchar(100000);
